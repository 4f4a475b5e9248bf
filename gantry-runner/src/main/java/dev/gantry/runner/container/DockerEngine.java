package dev.gantry.runner.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Network;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Docker Engine API requests the runner makes, over docker-java. Each method blocks until the engine answered
 * and turns the engine's refusals into {@link EngineFailure}s; thread-safe (one engine serves concurrent jobs).
 */
public final class DockerEngine implements Closeable {

    private final DockerClient client;
    private final String host;

    DockerEngine(DockerClient client, String host) {
        this.client = client;
        this.host = host;
    }

    /** The engine's address ({@code unix:///var/run/docker.sock}, or what {@code DOCKER_HOST} said). */
    public String host() {
        return host;
    }

    DockerClient client() {
        return client;
    }

    public boolean hasImage(String image) throws EngineFailure {
        try {
            client.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot inspect image '" + image + "': " + EngineFailure.reason(e));
        }
    }

    /** The {@code PATH} an image's config sets, if any. */
    Optional<String> imagePath(String image) throws EngineFailure {
        try {
            String[] env = client.inspectImageCmd(image).exec().getConfig().getEnv();
            if (env != null) {
                for (String entry : env) {
                    if (entry.startsWith("PATH=")) {
                        return Optional.of(entry.substring(5));
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot inspect image '" + image + "': " + EngineFailure.reason(e));
        }
    }

    void pull(String image, Optional<ContainerSpec.RegistryLogin> login) throws EngineFailure, InterruptedException {
        var cmd = client.pullImageCmd(ImageName.repository(image)).withTag(ImageName.tag(image));
        login.ifPresent(l -> cmd.withAuthConfig(new AuthConfig().withUsername(l.username())
                .withPassword(l.password())));
        try {
            if (!cmd.exec(new PullImageResultCallback()).awaitCompletion(30, TimeUnit.MINUTES)) {
                throw new EngineFailure("pulling image '" + image + "' did not finish in 30 minutes");
            }
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot pull image '" + image + "': " + EngineFailure.reason(e));
        }
    }

    /**
     * Builds an image from a context folder with the engine's builder, tagging it {@code tag}; each line the build
     * prints goes to {@code lines}. Blocks until the build ended (at most 30 minutes).
     *
     * @param dockerfile the Dockerfile, inside {@code context}
     */
    void build(Path context, Path dockerfile, String tag, Map<String, String> labels, Consumer<String> lines)
            throws EngineFailure, InterruptedException {
        StringBuilder partial = new StringBuilder();
        try {
            var callback = client.buildImageCmd(context.toFile()).withDockerfile(dockerfile.toFile())
                    .withTags(java.util.Set.of(tag)).withLabels(labels).withRemove(true).withForcerm(true)
                    .exec(new BuildImageResultCallback() {
                        @Override
                        public void onNext(BuildResponseItem item) {
                            if (item.getStream() != null) {
                                partial.append(item.getStream());
                                int newline;
                                while ((newline = partial.indexOf("\n")) >= 0) {
                                    lines.accept(partial.substring(0, newline).stripTrailing());
                                    partial.delete(0, newline + 1);
                                }
                            }
                            super.onNext(item);
                        }
                    });
            if (!callback.awaitCompletion(30, TimeUnit.MINUTES)) {
                throw new EngineFailure("building " + dockerfile + " did not finish in 30 minutes");
            }
            callback.awaitImageId();
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot build " + dockerfile + ": " + EngineFailure.reason(e));
        } finally {
            if (!partial.isEmpty()) {
                lines.accept(partial.toString().stripTrailing());
            }
        }
    }

    String createNetwork(String name, Map<String, String> labels) throws EngineFailure {
        try {
            return client.createNetworkCmd().withName(name).withDriver("bridge").withLabels(labels)
                    .withCheckDuplicate(true).exec().getId();
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot create the job's network " + name + ": " + EngineFailure.reason(e));
        }
    }

    /** Creates a named volume with labels; false when one of that name exists already (it is then not ours). */
    boolean createVolume(String name, Map<String, String> labels) throws EngineFailure {
        try {
            client.inspectVolumeCmd(name).exec();
            return false;
        } catch (NotFoundException e) {
            // create it below
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot inspect volume " + name + ": " + EngineFailure.reason(e));
        }
        try {
            client.createVolumeCmd().withName(name).withLabels(labels).exec();
            return true;
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot create volume " + name + ": " + EngineFailure.reason(e));
        }
    }

    /** Creates and starts a container; {@code what} names it in a failure ("service 'db'"). */
    String run(String what, CreateContainerCmd create) throws EngineFailure {
        String id;
        try {
            id = create.exec().getId();
        } catch (RuntimeException e) {
            throw new EngineFailure(what + ": cannot create the container: " + EngineFailure.reason(e));
        }
        try {
            client.startContainerCmd(id).exec();
        } catch (RuntimeException e) {
            remove(id);
            throw new EngineFailure(what + ": cannot start the container: " + EngineFailure.reason(e));
        }
        return id;
    }

    InspectContainerResponse inspect(String id) throws EngineFailure {
        try {
            return client.inspectContainerCmd(id).exec();
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot inspect container " + id + ": " + EngineFailure.reason(e));
        }
    }

    /** The first user-defined network a container is attached to (the job's network of a job container). */
    public Optional<String> network(String id) throws EngineFailure {
        var settings = inspect(id).getNetworkSettings();
        if (settings == null || settings.getNetworks() == null) {
            return Optional.empty();
        }
        return settings.getNetworks().keySet().stream()
                .filter(n -> !n.equals("bridge") && !n.equals("host") && !n.equals("none")).findFirst();
    }

    /** The container's output so far, line by line (stdout and stderr as they came). */
    void logs(String id, Consumer<String> lines) throws InterruptedException {
        StringBuilder text = new StringBuilder();
        try {
            client.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(false)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        }
                    }).awaitCompletion(30, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            lines.accept("(cannot read the container's log: " + EngineFailure.reason(e) + ")");
        }
        for (String line : text.toString().split("\r?\n")) {
            if (!line.isEmpty()) {
                lines.accept(line);
            }
        }
    }

    /** Removes a container, its anonymous volumes with it; a container that is gone already is fine. */
    public Optional<String> remove(String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            return Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("cannot remove container " + id + ": " + EngineFailure.reason(e));
        }
    }

    Optional<String> removeNetwork(String id) {
        try {
            client.removeNetworkCmd(id).exec();
            return Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("cannot remove network " + id + ": " + EngineFailure.reason(e));
        }
    }

    Optional<String> removeVolume(String name) {
        try {
            client.removeVolumeCmd(name).exec();
            return Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("cannot remove volume " + name + ": " + EngineFailure.reason(e));
        }
    }

    /** Containers (running or not) carrying a label key. */
    List<Container> containersLabelled(String key) throws EngineFailure {
        try {
            return client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(key)).exec();
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot list containers: " + EngineFailure.reason(e));
        }
    }

    List<Network> networksLabelled(String key) throws EngineFailure {
        try {
            return client.listNetworksCmd().withFilter("label", List.of(key)).exec();
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot list networks: " + EngineFailure.reason(e));
        }
    }

    /** Volumes carrying a label key: name → labels. */
    Map<String, Map<String, String>> volumesLabelled(String key) throws EngineFailure {
        try {
            var volumes = client.listVolumesCmd().withFilter("label", List.of(key)).exec().getVolumes();
            Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
            if (volumes != null) {
                for (var v : volumes) {
                    out.put(v.getName(), v.getLabels() == null ? Map.of() : v.getLabels());
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new EngineFailure("cannot list volumes: " + EngineFailure.reason(e));
        }
    }

    @Override
    public void close() {
        closeQuietly(client);
    }

    static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // nothing left to do with a client that cannot close
        }
    }
}
