package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.runner.sandbox.Sandbox;
import dev.gantry.runner.shell.ShellLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps inside bubblewrap: the workspace is writable, the rest of the host is not, /tmp is private, and without
 * network there is only loopback. Skipped, saying why, where bwrap is missing or cannot create namespaces.
 */
class SandboxTest {

    @TempDir
    Path root;

    private Path bwrap;

    @BeforeEach
    void needsWorkingBubblewrap() throws Exception {
        Optional<Path> found = ShellLookup.ON_PATH.find("bwrap", System.getenv("PATH"));
        assumeTrue(found.isPresent(), "bubblewrap (bwrap) is not installed: apt-get install -y bubblewrap");
        Process probe = new ProcessBuilder(found.get().toString(), "--ro-bind", "/", "/", "--unshare-pid", "--",
                "true").redirectErrorStream(true).start();
        assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "bwrap cannot create namespaces here: " + new String(probe.getInputStream().readAllBytes()));
        bwrap = found.get();
    }

    @Test
    void theWorkspaceIsWritableAndTheHostIsNot() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        var harness = new Harness(new Harness(root).options().withSandbox(new Sandbox.Bubblewrap(bwrap, false)));
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          echo built > artifact.txt
                          echo "private" > /tmp/sandbox-marker-%1$s
                          if touch "%2$s/escape" 2>/dev/null; then echo "host writable"; else echo "host read-only"; fi
                          echo "WHERE=$PWD" >> "$GITHUB_ENV"
                          echo "out=ok" >> "$GITHUB_OUTPUT"
                      - shell: python
                        run: |
                          import socket
                          print("interfaces", sorted(n for _, n in socket.if_nameindex()))
                """.formatted(root.getFileName(), outside));
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(0)).contains("host read-only");
        assertThat(run.logOf(1)).contains("interfaces ['lo']");
        assertThat(Files.exists(outside.resolve("escape"))).isFalse();
        assertThat(Files.exists(Path.of("/tmp/sandbox-marker-" + root.getFileName()))).isFalse();
        try (var files = Files.walk(harness.options().workRoot())) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("artifact.txt")).count()).isEqualTo(1);
        }
        assertThat(run.step("Run echo built > artifact.txt").outputs()).containsEntry("out", "ok");
    }

    @Test
    void withNetworkTheHostInterfacesAreThere() {
        var harness = new Harness(new Harness(root).options().withSandbox(new Sandbox.Bubblewrap(bwrap, true)));
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - shell: python
                        run: |
                          import socket
                          print("more than loopback", len(socket.if_nameindex()) > 1)
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(0)).contains("more than loopback True");
    }
}
