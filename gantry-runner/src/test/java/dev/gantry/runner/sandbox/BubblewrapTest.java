package dev.gantry.runner.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line the sandbox builds (the sandbox at work, with real processes, is in the host tests). */
class BubblewrapTest {

    @Test
    void noSandboxLeavesTheCommandAlone() {
        assertThat(Sandbox.NONE.wrap(List.of("bash", "x.sh"), List.of(Path.of("/w")))).containsExactly("bash", "x.sh");
    }

    @Test
    void bubblewrapMakesTheHostReadOnlyAndBindsTheJobDirectoriesAfterThePrivateTmp() {
        List<String> line = new Sandbox.Bubblewrap(Path.of("/usr/bin/bwrap"), false)
                .wrap(List.of("bash", "x.sh"), List.of(Path.of("/tmp/job/work"), Path.of("/tmp/job/temp")));
        assertThat(String.join(" ", line)).isEqualTo("/usr/bin/bwrap --ro-bind / / --dev /dev --proc /proc"
                + " --tmpfs /tmp --unshare-pid --die-with-parent --unshare-net --bind /tmp/job/work /tmp/job/work"
                + " --bind /tmp/job/temp /tmp/job/temp -- bash x.sh");
    }

    @Test
    void withNetworkTheNetworkNamespaceIsShared() {
        List<String> line = new Sandbox.Bubblewrap(Path.of("/usr/bin/bwrap"), true)
                .wrap(List.of("sh"), List.of());
        assertThat(line).doesNotContain("--unshare-net");
    }
}
