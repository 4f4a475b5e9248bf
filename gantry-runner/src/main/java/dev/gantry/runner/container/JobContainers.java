package dev.gantry.runner.container;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The containers of one job: {@link #start} creates the job's network, starts the service containers (reachable by
 * their service name on that network, and through their mapped ports on the host), waits until each is ready, then
 * starts the job container with the runner's directories mounted at their host paths, kept alive by
 * {@code tail -f /dev/null} for steps to be executed into; {@link #close} prints the services' logs and removes every
 * container, the network and the named volumes it created. Call both on the job's thread; {@code start} blocks
 * (pulls, health waits) and an interrupt ends it with {@link InterruptedException}. Always {@code close}, whatever
 * {@code start} gave: what was made until then is removed. Not thread-safe.
 */
public final class JobContainers implements AutoCloseable {

    /**
     * How images are fetched, how long services may take to become healthy, the client program steps are executed
     * with, and the limits of the job's containers.
     */
    public record Settings(ImagePolicy images, Duration healthTimeout, String dockerProgram, ContainerLimits limits) {
        public static final Settings DEFAULT = new Settings(ImagePolicy.PULL_IF_MISSING, Duration.ofMinutes(5),
                "docker", ContainerLimits.NONE);

        public Settings {
            Objects.requireNonNull(images, "images");
            Objects.requireNonNull(healthTimeout, "healthTimeout");
            Objects.requireNonNull(dockerProgram, "dockerProgram");
            Objects.requireNonNull(limits, "limits");
        }

        public Settings withImages(ImagePolicy policy) {
            return new Settings(policy, healthTimeout, dockerProgram, limits);
        }

        public Settings withLimits(ContainerLimits bounds) {
            return new Settings(images, healthTimeout, dockerProgram, bounds);
        }
    }

    /** What {@link #start} gave. */
    public sealed interface Started {
        /** Everything runs; {@code exec} is present when the job has a container. */
        record Ready(Optional<ContainerExec> exec, Map<String, ServicePorts> services) implements Started {
            public Ready {
                Objects.requireNonNull(exec, "exec");
                services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
            }
        }

        /** The job cannot start; one sentence naming the service, image or container. */
        record Failed(String message) implements Started {
            public Failed {
                Objects.requireNonNull(message, "message");
            }
        }
    }

    private final DockerEngine engine;
    private final ResourceLabels labels;
    private final Settings settings;
    private final Consumer<String> log;
    private final String prefix;
    private final Map<String, String> services = new LinkedHashMap<>();
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private Optional<String> network = Optional.empty();
    private boolean closed;

    /** @param log the job log's lines (the runner's own messages and the services' logs) */
    public JobContainers(DockerEngine engine, ResourceLabels labels, Settings settings, Consumer<String> log) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.prefix = "gantry-" + slug(labels.job()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * @param mounts the workspace, runner temp and tool cache (they must exist); bound into the job container
     */
    public Started start(List<ServiceSpec> serviceSpecs, Optional<ContainerSpec> container, List<Path> mounts)
            throws InterruptedException {
        try {
            String net = prefix;
            engine.createNetwork(net, labels.asMap());
            network = Optional.of(net);
            log.accept("Created network " + net);
            for (ServiceSpec service : serviceSpecs) {
                startService(service, net);
            }
            Map<String, ServicePorts> ready = new LinkedHashMap<>();
            HealthWaiter waiter = new HealthWaiter(engine);
            for (ServiceSpec service : serviceSpecs) {
                String id = services.get(service.name());
                Optional<String> problem = waiter.await(service.name(), id, settings.healthTimeout());
                if (problem.isPresent()) {
                    log.accept("Log of service '" + service.name() + "':");
                    engine.logs(id, line -> log.accept("  " + line));
                    return new Started.Failed(problem.get());
                }
                log.accept("Service '" + service.name() + "' is ready");
                ready.put(service.name(), new ServicePorts(id, net, mappedPorts(id)));
            }
            Optional<ContainerExec> exec = Optional.empty();
            if (container.isPresent()) {
                exec = Optional.of(startJobContainer(container.get(), net, mounts));
            }
            return new Started.Ready(exec, ready);
        } catch (EngineFailure e) {
            return new Started.Failed(e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Started.Failed(e.getMessage());
        }
    }

    private void startService(ServiceSpec service, String net) throws EngineFailure, InterruptedException {
        ContainerSpec spec = service.container();
        String what = "service '" + service.name() + "' (image " + spec.image() + ")";
        image(spec, what);
        createVolumes(spec);
        String name = prefix + "-" + slug(service.name());
        String id = engine.run(what, ports(what, () -> ContainerRequests.create(engine, spec, name, net,
                Optional.of(service.name()), labels.asMap(), List.of())));
        containers.add(id);
        services.put(service.name(), id);
        log.accept("Started service '" + service.name() + "' from " + spec.image() + " as " + name);
    }

    private ContainerExec startJobContainer(ContainerSpec spec, String net, List<Path> mounts)
            throws EngineFailure, InterruptedException {
        String what = "the job container (image " + spec.image() + ")";
        image(spec, what);
        createVolumes(spec);
        List<String> binds = mounts.stream().map(p -> p.toAbsolutePath() + ":" + p.toAbsolutePath()).toList();
        ContainerSpec kept = new ContainerSpec(spec.image(), spec.env(), spec.ports(), spec.volumes(),
                settings.limits().bound(spec.options()), spec.login(), Optional.of("tail"), List.of("-f", "/dev/null"));
        String name = prefix + "-job";
        String id = engine.run(what, ports(what, () -> ContainerRequests.create(engine, kept, name, net,
                Optional.empty(), labels.asMap(), binds)));
        containers.add(id);
        log.accept("Started the job container from " + spec.image() + " as " + name);
        String path = engine.imagePath(spec.image()).orElse(ContainerExec.DEFAULT_PATH);
        return new ContainerExec(settings.dockerProgram(), id, path, engine.host());
    }

    private void image(ContainerSpec spec, String what) throws EngineFailure, InterruptedException {
        if (engine.hasImage(spec.image())) {
            return;
        }
        if (settings.images() == ImagePolicy.NEVER) {
            throw new EngineFailure(what + ": image '" + spec.image() + "' is not on this engine and the image"
                    + " policy is 'never' (build or load it first)");
        }
        log.accept("Pulling image " + spec.image());
        try {
            engine.pull(spec.image(), spec.login());
        } catch (EngineFailure e) {
            throw new EngineFailure(what + ": " + e.getMessage());
        }
    }

    private void createVolumes(ContainerSpec spec) throws EngineFailure {
        for (String volume : ContainerRequests.volumes(spec)) {
            Optional<String> named = ContainerRequests.namedVolume(volume);
            if (named.isPresent() && !volumes.contains(named.get()) && engine.createVolume(named.get(), labels.asMap())) {
                volumes.add(named.get());
            }
        }
    }

    private static <T> T ports(String what, java.util.function.Supplier<T> build) throws EngineFailure {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new EngineFailure(what + ": " + e.getMessage());
        }
    }

    private Map<String, String> mappedPorts(String id) throws EngineFailure {
        Map<String, String> out = new LinkedHashMap<>();
        var settingsOf = engine.inspect(id).getNetworkSettings();
        if (settingsOf == null || settingsOf.getPorts() == null) {
            return out;
        }
        for (Map.Entry<ExposedPort, Ports.Binding[]> e : settingsOf.getPorts().getBindings().entrySet()) {
            if (e.getValue() != null && e.getValue().length > 0) {
                ExposedPort port = e.getKey();
                String key = port.getProtocol().name().equalsIgnoreCase("tcp") ? Integer.toString(port.getPort())
                        : port.getPort() + "/" + port.getProtocol().name().toLowerCase(Locale.ROOT);
                out.put(key, e.getValue()[0].getHostPortSpec());
            }
        }
        return out;
    }

    /**
     * Prints each service's log, then removes the containers, the network and the volumes this job created.
     * Idempotent; never throws for the engine's refusals (they are logged); interruption is kept for the caller.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean interrupted = Thread.interrupted();
        try {
            for (Map.Entry<String, String> service : services.entrySet()) {
                log.accept("Log of service '" + service.getKey() + "':");
                try {
                    engine.logs(service.getValue(), line -> log.accept("  " + line));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            for (String id : containers) {
                engine.remove(id).ifPresent(log);
            }
            network.flatMap(engine::removeNetwork).ifPresent(log);
            for (String volume : volumes) {
                engine.removeVolume(volume).ifPresent(log);
            }
            if (!containers.isEmpty() || network.isPresent()) {
                log.accept("Removed the job's containers and network");
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A name part docker accepts: lower case letters, digits, {@code _ . -}; at most 40 characters. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[^a-z0-9]+", "");
        s = s.isEmpty() ? "job" : s;
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
