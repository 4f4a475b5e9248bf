package dev.gantry.runner.builtin.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction.Phase;
import dev.gantry.runner.toolchain.VersionProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setup-python against fake interpreters on PATH and the host's real python3. */
class SetupPythonTest {

    @TempDir
    Path root;

    private Path bin;

    @BeforeEach
    void interpreters() throws Exception {
        bin = root.resolve("bin");
        FakeTools.python(bin.resolve("python3.9"), "3.9.18");
        FakeTools.python(bin.resolve("python3.13"), "3.13.0");
        FakeTools.python(bin.resolve("python3.14"), "3.14.0rc1");
        FakeTools.script(bin.resolve("python2"), "echo 2.7.18");
        Files.createDirectories(root.resolve("workspace"));
    }

    private FakeCall run(FakeCall call) throws ActionFailure {
        new SetupPython(new VersionProbe()).run(Phase.MAIN, call);
        return call;
    }

    private FakeCall call(String version) {
        return new FakeCall(root).env("PATH", bin.toString()).with("python-version", version)
                .with("update-environment", "true");
    }

    @Test
    void aRangePicksTheHighestReleaseAndLinksItAsPythonAndPython3() throws Exception {
        FakeCall call = run(call("3.x"));
        assertThat(call.outputs).containsEntry("python-version", "3.13.0")
                .containsEntry("python-path", bin.resolve("python3.13").toString());
        Path links = call.paths.get(0);
        assertThat(links).startsWith(root.resolve("temp"));
        assertThat(Files.readSymbolicLink(links.resolve("python"))).isEqualTo(bin.resolve("python3.13"));
        assertThat(Files.readSymbolicLink(links.resolve("python3"))).isEqualTo(bin.resolve("python3.13"));
        assertThat(call.paths.get(1)).isEqualTo(bin);
        assertThat(call.exported).containsEntry("pythonLocation", root.toString());
    }

    @Test
    void prereleasesOnlyWhenAllowed() throws Exception {
        assertThatThrownBy(() -> run(call("3.14")))
                .hasMessageStartingWith("setup-python: no Python matching '3.14' on this host; found ")
                .hasMessageContaining("3.9.18 (" + bin.resolve("python3.9") + ")")
                .hasMessageContaining("3.14.0-rc1 (" + bin.resolve("python3.14") + ")");
        assertThat(run(call("3.14").with("allow-prereleases", "true")).outputs)
                .containsEntry("python-version", "3.14.0-rc1");
    }

    @Test
    void versionFileAndItsDefault() throws Exception {
        Files.writeString(root.resolve("workspace/.python-version"), "# pinned\n3.9\n");
        assertThat(run(call("")).outputs).containsEntry("python-version", "3.9.18");
        Files.writeString(root.resolve("workspace/versions.txt"), "3.13\n");
        assertThat(run(call("").with("python-version-file", "versions.txt")).outputs)
                .containsEntry("python-version", "3.13.0");
    }

    @Test
    void updateEnvironmentFalseOnlySetsOutputs() throws Exception {
        FakeCall call = run(call("3.9").with("update-environment", "false"));
        assertThat(call.paths).isEmpty();
        assertThat(call.exported).isEmpty();
        assertThat(call.outputs).containsEntry("python-version", "3.9.18");
    }

    @Test
    void pypyIsRefused() {
        assertThatThrownBy(() -> run(call("pypy3.10")))
                .hasMessage("setup-python: only CPython is looked for on this host, not 'pypy3.10'");
    }

    @Test
    void theHostsPython3IsFound() throws Exception {
        FakeCall call = new FakeCall(root).env("PATH", System.getenv("PATH")).with("python-version", "3.x");
        run(call);
        assertThat(call.outputs.get("python-version")).startsWith("3.");
        Path interpreter = Path.of(call.outputs.get("python-path"));
        assertThat(interpreter).isAbsolute().isExecutable();
        Process p = new ProcessBuilder(call.paths.get(0).resolve("python3").toString(), "--version")
                .redirectErrorStream(true).start();
        assertThat(new String(p.getInputStream().readAllBytes()).strip())
                .isEqualTo("Python " + call.outputs.get("python-version"));
    }
}
