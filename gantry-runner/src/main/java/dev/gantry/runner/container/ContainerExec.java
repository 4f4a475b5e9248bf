package dev.gantry.runner.container;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a step's command inside the job container: rewrites the command line the host would run into
 * {@code docker exec --workdir DIR -e NAME… CONTAINER env PATH=… command…}, so the step's process (the {@code docker} client),
 * its output and its exit code flow through the host runner's process handling and log pipeline unchanged. Values
 * are never written on the command line: each {@code -e NAME} takes its value from the client's own environment,
 * which the wrapped result carries. Immutable, thread-safe, pure.
 *
 * <p>The step's environment is the host's with the job's variables on top; what goes into the container is what
 * differs from the host's environment (the job's and step's variables, {@code GITHUB_*}, {@code RUNNER_*}, the env
 * file paths), never the host's own variables. {@code PATH} inside is the container's, with the entries steps added
 * through {@code GITHUB_PATH} in front. A program given by absolute host path ({@code /usr/bin/bash}) is called by
 * its name, found on the container's {@code PATH}. Paths need no translation: the workspace, runner temp and tool
 * cache are mounted at the host's paths.
 *
 * <p>When the {@code docker} client is ended (a step timeout), the process inside the container may run on until the
 * job's container is removed at the end of the job.
 *
 * @param docker        the client program ({@code docker}, or {@code podman} for podman's socket)
 * @param container     the job container's id
 * @param containerPath the {@code PATH} the image sets
 * @param dockerHost    the engine address the client must use
 */
public record ContainerExec(String docker, String container, String containerPath, String dockerHost) {

    /** The default {@code PATH} of Debian-like images, used when an image sets none. */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public ContainerExec {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(containerPath, "containerPath");
        Objects.requireNonNull(dockerHost, "dockerHost");
    }

    /** The command line and process environment that run {@code command} in the container. */
    public record Wrapped(List<String> command, Map<String, String> environment) {
        public Wrapped {
            command = List.copyOf(command);
            environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        }
    }

    /**
     * @param environment the step's environment as the host runner composed it
     * @param host        the runner's own environment, which does not go into the container
     */
    public Wrapped wrap(List<String> command, Path workingDirectory, Map<String, String> environment,
                        Map<String, String> host) {
        List<String> out = new ArrayList<>(List.of(docker, "exec", "--workdir", workingDirectory.toString()));
        Map<String, String> processEnv = new LinkedHashMap<>(host);
        for (Map.Entry<String, String> e : environment.entrySet()) {
            String name = e.getKey();
            if (name.equals("PATH") || e.getValue().equals(host.get(name)) || !validName(name)) {
                continue;
            }
            out.add("-e");
            out.add(name);
            processEnv.put(name, e.getValue());
        }
        processEnv.put("DOCKER_HOST", dockerHost);
        out.add(container);
        out.add("env");
        out.add("PATH=" + containerPath(environment.getOrDefault("PATH", ""), host.getOrDefault("PATH", "")));
        for (int i = 0; i < command.size(); i++) {
            String word = command.get(i);
            out.add(i == 0 && word.startsWith("/") ? Path.of(word).getFileName().toString() : word);
        }
        return new Wrapped(out, processEnv);
    }

    /** The container's {@code PATH} with what the step's {@code PATH} has in front of the host's. */
    private String containerPath(String stepPath, String hostPath) {
        if (stepPath.equals(hostPath) || stepPath.isEmpty()) {
            return containerPath;
        }
        String prefix = hostPath.isEmpty() ? stepPath
                : stepPath.endsWith(":" + hostPath) ? stepPath.substring(0, stepPath.length() - hostPath.length() - 1)
                : "";
        return prefix.isEmpty() ? containerPath : prefix + ":" + containerPath;
    }

    private static boolean validName(String name) {
        return !name.isEmpty() && name.indexOf('=') < 0;
    }
}
