package dev.gantry.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunnerInfoTest {

    @ParameterizedTest
    @CsvSource({"Linux, LINUX", "Mac OS X, MACOS", "Darwin, MACOS", "Windows 11, WINDOWS", "FreeBSD, LINUX"})
    void osFromJava(String osName, RunnerInfo.Os os) {
        assertThat(RunnerInfo.Os.fromOsName(osName)).isEqualTo(os);
    }

    @ParameterizedTest
    @CsvSource({"amd64, X64", "x86_64, X64", "aarch64, ARM64", "arm64, ARM64", "arm, ARM", "i386, X86", "x86, X86"})
    void archFromJava(String osArch, RunnerInfo.Arch arch) {
        assertThat(RunnerInfo.Arch.fromOsArch(osArch)).isEqualTo(arch);
    }

    @Test
    void runnerContextHasTheDocumentedMembers() {
        assertThat(Fixtures.RUNNER.context().members()).containsExactly(
                java.util.Map.entry("name", new Value.Str("gantry-host")),
                java.util.Map.entry("os", new Value.Str("Linux")),
                java.util.Map.entry("arch", new Value.Str("X64")),
                java.util.Map.entry("temp", new Value.Str("/ws/_temp")),
                java.util.Map.entry("tool_cache", new Value.Str("/ws/_tool")),
                java.util.Map.entry("environment", new Value.Str("self-hosted")));
    }
}
