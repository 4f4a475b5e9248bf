package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerRuntimeTest {

    @Test
    void anEngineThatDoesNotAnswerIsNoRuntimeWithAReason(@TempDir Path dir) {
        String host = "unix://" + dir.resolve("nothing.sock");
        ContainerRuntime runtime = ContainerRuntime.detect(Map.of("DOCKER_HOST", host));
        assertThat(runtime).isInstanceOf(ContainerRuntime.Unavailable.class);
        assertThat(((ContainerRuntime.Unavailable) runtime).reason())
                .startsWith("no container runtime: DOCKER_HOST " + host + " does not answer");
    }

    @Test
    void ownerLabelsOfThisProcessAreAliveAndOfAnEndedOneAreNot() throws Exception {
        assertThat(ResourceLabels.ownerAlive(ResourceLabels.owner(ProcessHandle.current()))).isTrue();
        Process ended = new ProcessBuilder("true").start();
        String owner = ResourceLabels.owner(ended.toHandle());
        ended.waitFor();
        assertThat(ResourceLabels.ownerAlive(owner)).isFalse();
        assertThat(ResourceLabels.ownerAlive("another-machine:boot:1:1")).isTrue();
    }

    @Test
    void labelsNameTheRunAndJob() {
        ResourceLabels labels = ResourceLabels.of("42", "build (linux)");
        assertThat(labels.asMap()).containsEntry(ResourceLabels.JOB, "42/build (linux)");
        assertThat(JobContainers.slug("42/build (linux)")).isEqualTo("42-build-linux-");
    }
}
