package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code docker run} command line of a docker action's container: pure. */
class ActionContainerTest {

    private static final ResourceLabels LABELS = new ResourceLabels("run1/build", "host:boot:1:2");

    private static ActionContainer container(Optional<String> network, Optional<String> entrypoint) {
        return container(network, entrypoint, ContainerLimits.NONE);
    }

    private static ActionContainer container(Optional<String> network, Optional<String> entrypoint,
                                             ContainerLimits limits) {
        return new ActionContainer("docker", "unix:///var/run/docker.sock", "gantry-action/greet:abc", "c-1",
                LABELS, network, List.of(Path.of("/w/ws"), Path.of("/w/tmp")), Path.of("/w/ws"), entrypoint,
                List.of("first", "a b"), limits);
    }

    @Test
    void theHostsLimitsBoundTheActionContainerAndTheJobContainersOwnOptions() {
        ContainerLimits limits = new ContainerLimits(Optional.of(1.5), Optional.of(512L << 20));
        assertThat(container(Optional.empty(), Optional.empty(), limits).wrap(Map.of(), Map.of()).command())
                .containsSubsequence("--workdir", "/w/ws", "--cpus", "1.5", "--memory", Long.toString(512L << 20));
        ContainerOptions asked = ((OptionsParser.Parsed.Ok) OptionsParser.parse("--cpus 4 -m 256m")).options();
        ContainerOptions bound = limits.bound(asked);
        assertThat(bound.cpus()).contains(1.5);
        assertThat(bound.memory()).contains(256L << 20);
        assertThat(limits.bound(ContainerOptions.NONE).memory()).contains(512L << 20);
        assertThat(ContainerLimits.NONE.bound(asked)).isEqualTo(asked);
    }

    @Test
    void runsTheImageInTheForegroundWithMountsLabelsWorkdirEntrypointAndArgs() {
        var wrapped = container(Optional.of("net-1"), Optional.of("/bin/sh")).wrap(Map.of(), Map.of());
        assertThat(wrapped.command()).containsExactly("docker", "run", "--rm", "--name", "c-1",
                "--label", "dev.gantry.job=run1/build", "--label", "dev.gantry.owner=host:boot:1:2",
                "--network", "net-1", "-v", "/w/ws:/w/ws", "-v", "/w/tmp:/w/tmp", "--workdir", "/w/ws",
                "--entrypoint", "/bin/sh", "gantry-action/greet:abc", "first", "a b");
        assertThat(wrapped.environment()).containsEntry("DOCKER_HOST", "unix:///var/run/docker.sock");
    }

    @Test
    void passesTheStepsVariablesByNameOnlyAndNeverPathOrTheHostsOwn() {
        Map<String, String> host = Map.of("PATH", "/usr/bin", "HOME", "/root", "CI", "true", "SECRETISH", "x");
        Map<String, String> env = new LinkedHashMap<>(host);
        env.put("PATH", "/added:/usr/bin");
        env.put("GITHUB_WORKSPACE", "/w/ws");
        env.put("INPUT_WHO", "Mona");
        env.put("MY_VAR", "value with spaces");
        var wrapped = container(Optional.empty(), Optional.empty()).wrap(env, host);
        List<String> command = wrapped.command();
        assertThat(command).doesNotContain("--network", "--entrypoint", "PATH", "HOME", "SECRETISH")
                .containsSubsequence("-e", "CI", "-e", "GITHUB_WORKSPACE", "-e", "INPUT_WHO", "-e", "MY_VAR");
        assertThat(String.join(" ", command)).doesNotContain("Mona", "value with spaces");
        assertThat(wrapped.environment()).containsEntry("INPUT_WHO", "Mona")
                .containsEntry("MY_VAR", "value with spaces").containsEntry("PATH", "/usr/bin");
    }

    @Test
    void namesAreFreshAndDockerSafe() {
        ResourceLabels labels = new ResourceLabels("Run 1/Build Job", "o");
        String a = ActionContainer.name(labels);
        assertThat(a).matches("gantry-run-1-build-job-action-[0-9a-f]{8}").isNotEqualTo(ActionContainer.name(labels));
    }
}
