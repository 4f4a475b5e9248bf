package dev.gantry.runner.container;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one-shot container of a docker action's phase, as the command line of the {@code docker} client that runs
 * it in the foreground: {@code docker run --rm --name NAME --label … [--network NET] -v DIR:DIR… --workdir WORKSPACE
 * -e NAME… [--entrypoint PROGRAM] IMAGE ARGS…}. Run through the host runner's process handling, the container's
 * output and exit code are the step's, and a timeout or cancellation ends the client; the caller then removes the
 * container by {@link #name()} ({@link DockerEngine#remove}), which also covers a client that was killed. As with
 * {@link ContainerExec}, values never appear on the command line: each {@code -e NAME} takes its value from the
 * client's own environment. Immutable, thread-safe, pure.
 *
 * <p>What goes in is what differs from the runner's own environment, and always the variables GitHub gives every
 * action ({@code CI}, {@code GITHUB_*}, {@code RUNNER_*}, {@code INPUT_*}, {@code STATE_*}, {@code ACTIONS_*}) —
 * never {@code PATH}, which stays the image's. The directories are mounted at their host paths, so the
 * {@code GITHUB_*} paths hold inside unchanged.
 *
 * @param entrypoint the program replacing the image's entry point; the rest of a multi-word entry point is put in
 *                   front of {@code args}
 */
public record ActionContainer(String docker, String dockerHost, String image, String name, ResourceLabels labels,
                              Optional<String> network, List<Path> mounts, Path workdir, Optional<String> entrypoint,
                              List<String> args, ContainerLimits limits) {

    private static final Set<String> PREFIXES = Set.of("GITHUB_", "RUNNER_", "INPUT_", "STATE_", "ACTIONS_");

    public ActionContainer {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(dockerHost, "dockerHost");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(network, "network");
        mounts = List.copyOf(mounts);
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(entrypoint, "entrypoint");
        args = List.copyOf(args);
        Objects.requireNonNull(limits, "limits");
    }

    /** A fresh container name for a job's action: {@code gantry-<job>-action-<random>}. */
    public static String name(ResourceLabels labels) {
        return "gantry-" + JobContainers.slug(labels.job()) + "-action-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * @param environment the phase's environment as the host runner composed it
     * @param host        the runner's own environment, which does not go into the container
     */
    public ContainerExec.Wrapped wrap(Map<String, String> environment, Map<String, String> host) {
        List<String> out = new ArrayList<>(List.of(docker, "run", "--rm", "--name", name));
        new java.util.TreeMap<>(labels.asMap()).forEach((k, v) -> {
            out.add("--label");
            out.add(k + "=" + v);
        });
        network.ifPresent(n -> {
            out.add("--network");
            out.add(n);
        });
        for (Path mount : mounts) {
            out.add("-v");
            out.add(mount.toAbsolutePath() + ":" + mount.toAbsolutePath());
        }
        out.add("--workdir");
        out.add(workdir.toString());
        out.addAll(limits.runFlags());
        Map<String, String> processEnv = new LinkedHashMap<>(host);
        environment.forEach((key, value) -> {
            if (passed(key, value, host)) {
                out.add("-e");
                out.add(key);
                processEnv.put(key, value);
            }
        });
        processEnv.put("DOCKER_HOST", dockerHost);
        entrypoint.ifPresent(e -> {
            out.add("--entrypoint");
            out.add(e);
        });
        out.add(image);
        out.addAll(args);
        return new ContainerExec.Wrapped(out, processEnv);
    }

    private static boolean passed(String key, String value, Map<String, String> host) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.equals("PATH") || key.equals("DOCKER_HOST")) {
            return false;
        }
        return !value.equals(host.get(key)) || key.equals("CI") || PREFIXES.stream().anyMatch(key::startsWith);
    }
}
