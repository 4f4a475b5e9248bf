package dev.gantry.runner.container;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link ContainerSpec} into the engine's create request: image, name, labels, environment, the job
 * network (with an alias for a service), ports, binds, health check and the {@code options} limits. Pure apart from
 * building the request object.
 */
final class ContainerRequests {

    private ContainerRequests() {}

    /** {@code extraBinds} are the runner's own directories, mounted at the same paths. */
    static CreateContainerCmd create(DockerEngine engine, ContainerSpec spec, String name, String network,
                                     Optional<String> alias, Map<String, String> labels, List<String> extraBinds) {
        ContainerOptions o = spec.options();
        List<PortBinding> bindings = spec.ports().stream().map(PortBinding::parse).toList();
        List<Bind> binds = new ArrayList<>();
        for (String bind : extraBinds) {
            binds.add(Bind.parse(bind));
        }
        for (String volume : volumes(spec)) {
            binds.add(Bind.parse(volume));
        }
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode(network)
                .withPortBindings(bindings)
                .withBinds(binds)
                .withPrivileged(o.privileged());
        o.cpus().ifPresent(c -> host.withNanoCPUs((long) (c * 1e9)));
        o.memory().ifPresent(host::withMemory);
        CreateContainerCmd cmd = engine.client().createContainerCmd(spec.image())
                .withName(name)
                .withLabels(labels)
                .withEnv(spec.environment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                .withExposedPorts(bindings.stream().map(PortBinding::getExposedPort).toList().toArray(ExposedPort[]::new))
                .withHostConfig(host);
        alias.ifPresent(a -> cmd.withAliases(a));
        o.health().ifPresent(h -> cmd.withHealthcheck(health(h)));
        spec.entrypoint().or(o::entrypoint).ifPresent(e -> cmd.withEntrypoint(e));
        if (!spec.command().isEmpty()) {
            cmd.withCmd(spec.command());
        }
        o.user().ifPresent(cmd::withUser);
        o.workdir().ifPresent(cmd::withWorkingDir);
        o.hostname().ifPresent(cmd::withHostName);
        return cmd;
    }

    /** {@code volumes:} and {@code -v} entries together. */
    static List<String> volumes(ContainerSpec spec) {
        List<String> out = new ArrayList<>(spec.volumes());
        out.addAll(spec.options().volumes());
        return out;
    }

    /** A volume entry's named volume ({@code data:/var/data} → {@code data}); empty for a host path or none. */
    static Optional<String> namedVolume(String volume) {
        int colon = volume.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String source = volume.substring(0, colon);
        return source.startsWith("/") || source.startsWith(".") || source.startsWith("~")
                ? Optional.empty() : Optional.of(source);
    }

    private static com.github.dockerjava.api.model.HealthCheck health(HealthCheck h) {
        var out = new com.github.dockerjava.api.model.HealthCheck().withTest(List.of("CMD-SHELL", h.command()));
        h.interval().map(Duration::toNanos).ifPresent(out::withInterval);
        h.timeout().map(Duration::toNanos).ifPresent(out::withTimeout);
        h.retries().ifPresent(out::withRetries);
        h.startPeriod().map(Duration::toNanos).ifPresent(out::withStartPeriod);
        return out;
    }
}
