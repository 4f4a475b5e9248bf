package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerExecTest {

    private final ContainerExec exec = new ContainerExec("docker", "c0ffee", "/usr/local/bin:/usr/bin:/bin",
            "unix:///run/engine.sock");

    @Test
    void passesTheJobsVariablesByNameOnlyAndNotTheHosts() {
        Map<String, String> host = Map.of("PATH", "/usr/bin:/bin", "HOME", "/root", "SECRET_OF_HOST", "x");
        Map<String, String> step = new LinkedHashMap<>(host);
        step.put("GITHUB_WORKSPACE", "/w");
        step.put("TOKEN", "s3cr3t value");
        ContainerExec.Wrapped w = exec.wrap(List.of("/usr/bin/bash", "-e", "/t/s.sh"), Path.of("/w"), step, host);
        assertThat(w.command()).containsExactly("docker", "exec", "--workdir", "/w", "-e", "GITHUB_WORKSPACE",
                "-e", "TOKEN", "c0ffee", "env", "PATH=/usr/local/bin:/usr/bin:/bin", "bash", "-e", "/t/s.sh");
        assertThat(String.join(" ", w.command())).doesNotContain("s3cr3t");
        assertThat(w.environment()).containsEntry("TOKEN", "s3cr3t value").containsEntry("HOME", "/root")
                .containsEntry("DOCKER_HOST", "unix:///run/engine.sock");
    }

    @Test
    void githubPathAdditionsGoInFrontOfTheContainersPath() {
        Map<String, String> host = Map.of("PATH", "/usr/bin:/bin");
        Map<String, String> step = Map.of("PATH", "/opt/tool/bin:/home/x/.local/bin:/usr/bin:/bin");
        ContainerExec.Wrapped w = exec.wrap(List.of("sh", "-c", "true"), Path.of("/w"), step, host);
        assertThat(w.command()).contains("PATH=/opt/tool/bin:/home/x/.local/bin:/usr/local/bin:/usr/bin:/bin");
    }

    @Test
    void aHostVariableTheJobOverridesIsPassed() {
        Map<String, String> host = Map.of("PATH", "/bin", "LANG", "C");
        Map<String, String> step = Map.of("PATH", "/bin", "LANG", "C.UTF-8");
        assertThat(exec.wrap(List.of("sh"), Path.of("/w"), step, host).command()).containsSequence("-e", "LANG");
    }
}
