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

/** setup-go against fake Go installs on PATH and in the tool cache. */
class SetupGoTest {

    @TempDir
    Path root;

    private Path onPath;
    private Path cached;

    @BeforeEach
    void installs() throws Exception {
        onPath = FakeTools.go(root.resolve("go121/bin"), "1.21.6").getParent();
        cached = FakeTools.go(root.resolve("tool-cache/go/1.22.5").resolve(SearchPaths.architecture()).resolve("bin"),
                "1.22.5").getParent();
        FakeTools.go(root.resolve("gorc/bin"), "1.23rc1");
        Files.createDirectories(root.resolve("workspace"));
    }

    private FakeCall run(FakeCall call) throws ActionFailure {
        new SetupGo(new VersionProbe()).run(Phase.MAIN, call);
        return call;
    }

    private FakeCall call() {
        return new FakeCall(root).env("PATH", onPath + ":" + root.resolve("gorc/bin"));
    }

    @Test
    void versionsAndRanges() throws Exception {
        assertThat(run(call().with("go-version", "1.22")).outputs).containsEntry("go-version", "1.22.5");
        assertThat(run(call().with("go-version", "1.22")).paths).containsExactly(cached);
        assertThat(run(call().with("go-version", ">=1.21 <1.22")).paths).containsExactly(onPath);
        assertThat(run(call().with("go-version", "^1.21.0")).outputs).containsEntry("go-version", "1.22.5");
        assertThat(run(call()).paths).containsExactly(onPath);
    }

    @Test
    void goModToolchainLineWinsOverTheGoLine() throws Exception {
        Path mod = root.resolve("workspace/go.mod");
        Files.writeString(mod, "module example.com/m\n\ngo 1.21\n");
        assertThat(run(call().with("go-version-file", "go.mod")).outputs).containsEntry("go-version", "1.21.6");
        Files.writeString(mod, "module example.com/m\n\ngo 1.21.0\n\ntoolchain go1.22.5\n");
        assertThat(run(call().with("go-version-file", "go.mod")).outputs).containsEntry("go-version", "1.22.5");
    }

    @Test
    void nothingMatchingFailsListingWhatWasFound() {
        assertThatThrownBy(() -> run(call().with("go-version", "1.24")))
                .hasMessage("setup-go: no Go matching '1.24' on this host; found 1.21.6 (%s), 1.23.0-rc1 (%s), 1.22.5 (%s)"
                        .formatted(onPath.resolve("go"), root.resolve("gorc/bin/go"), cached.resolve("go")));
    }
}
