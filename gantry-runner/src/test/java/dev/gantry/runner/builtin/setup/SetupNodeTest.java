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

/**
 * setup-node against fake installs (one on PATH, one in the tool cache, one under nvm) and, where it has one, the
 * host's own Node.js in /usr/bin.
 */
class SetupNodeTest {

    @TempDir
    Path root;

    private final SetupNode action = new SetupNode(new VersionProbe());
    private Path onPath;
    private Path inToolCache;
    private Path underNvm;

    @BeforeEach
    void installs() throws Exception {
        onPath = FakeTools.node(root.resolve("opt/node18/bin"), "18.20.4").getParent();
        inToolCache = FakeTools.node(root.resolve("tool-cache/node/22.3.0").resolve(SearchPaths.architecture())
                .resolve("bin"), "22.3.0").getParent();
        underNvm = FakeTools.node(root.resolve("home/.nvm/versions/node/v41.0.0/bin"), "41.0.0").getParent();
        Files.createDirectories(root.resolve("workspace"));
    }

    private FakeCall call() {
        return new FakeCall(root).env("PATH", onPath + ":" + root.resolve("empty")).env("HOME", root.resolve("home").toString());
    }

    private FakeCall run(FakeCall call) throws ActionFailure {
        action.run(Phase.MAIN, call);
        return call;
    }

    @Test
    void aMajorVersionPicksTheHighestMatchingInstall() throws Exception {
        FakeCall call = run(call().with("node-version", "22"));
        assertThat(call.outputs).containsEntry("node-version", "v22.3.0");
        assertThat(call.paths).containsExactly(inToolCache);
    }

    @Test
    void rangesAndAliases() throws Exception {
        assertThat(run(call().with("node-version", "18.x")).paths).containsExactly(onPath);
        assertThat(run(call().with("node-version", "^18.2 || >=30 <40")).outputs).containsEntry("node-version", "v18.20.4");
        assertThat(run(call().with("node-version", "latest")).paths).containsExactly(underNvm);
        assertThat(run(call().with("node-version", "node")).paths).containsExactly(underNvm);
        assertThat(run(call().with("node-version", "lts/*")).outputs).containsEntry("node-version", "v22.3.0");
        assertThat(run(call().with("node-version", "lts/hydrogen")).paths).containsExactly(onPath);
        assertThat(run(call().with("node-version", "v41")).paths).containsExactly(underNvm);
    }

    @Test
    void withoutAVersionTheNodeOnPathIsUsed() throws Exception {
        assertThat(run(call()).paths).containsExactly(onPath);
    }

    @Test
    void nothingMatchingFailsListingWhatWasFound() {
        assertThatThrownBy(() -> run(call().with("node-version", ">=50")))
                .isInstanceOf(ActionFailure.class)
                .hasMessageStartingWith("setup-node: no Node.js matching '>=50' on this host; found 18.20.4 ("
                        + onPath.resolve("node") + ")")
                .hasMessageContaining("22.3.0 (" + inToolCache.resolve("node") + ")")
                .hasMessageContaining("41.0.0 (" + underNvm.resolve("node") + ")");
        assertThatThrownBy(() -> run(call().with("node-version", "twenty")))
                .hasMessageStartingWith("setup-node: 'twenty' is not a version or version range");
    }

    @Test
    void versionFiles() throws Exception {
        Path workspace = root.resolve("workspace");
        Files.writeString(workspace.resolve(".nvmrc"), "v18\n");
        assertThat(run(call().with("node-version-file", ".nvmrc")).paths).containsExactly(onPath);
        Files.writeString(workspace.resolve(".node-version"), "lts/jod\n");
        assertThat(run(call().with("node-version-file", ".node-version")).paths).containsExactly(inToolCache);
        Files.writeString(workspace.resolve("package.json"), "{\"engines\": {\"node\": \">=20 <23\"}}");
        assertThat(run(call().with("node-version-file", "package.json")).paths).containsExactly(inToolCache);
        Files.writeString(workspace.resolve("package.json"),
                "{\"engines\": {\"node\": \">=20\"}, \"volta\": {\"node\": \"18.20.4\"}}");
        assertThat(run(call().with("node-version-file", "package.json")).paths).containsExactly(onPath);
        Files.writeString(workspace.resolve(".tool-versions"), "python 3.11.7\nnodejs 41.0.0\n");
        assertThat(run(call().with("node-version-file", ".tool-versions")).paths).containsExactly(underNvm);
    }

    @Test
    void badVersionFilesFailNamingTheFile() throws Exception {
        assertThatThrownBy(() -> run(call().with("node-version-file", ".nvmrc")))
                .hasMessage("setup-node: the node-version-file '.nvmrc' does not exist or cannot be read");
        assertThatThrownBy(() -> run(call().with("node-version-file", "../outside/.nvmrc")))
                .hasMessage("setup-node: node-version-file '../outside/.nvmrc' is outside the workspace");
        Files.writeString(root.resolve("workspace/package.json"), "{ not json");
        assertThatThrownBy(() -> run(call().with("node-version-file", "package.json")))
                .hasMessage("setup-node: the node-version-file 'package.json' states no version");
    }

    @Test
    void cacheGivesANoticeAndDownloadInputsAreAccepted() throws Exception {
        FakeCall call = run(call().with("node-version", "18").with("cache", "npm").with("check-latest", "true"));
        assertThat(call.lines).anyMatch(l -> l.startsWith("Notice: setup-node does not cache dependencies (cache: npm)"));
        assertThat(call.warnings).isEmpty();
        assertThat(run(call().with("node-version", "18").with("registry-url", "https://r.example")).warnings)
                .containsExactly("setup-node: the input 'registry-url' is not supported by the built-in setup-node"
                        + " and was ignored");
    }

    @Test
    void theHostsOwnNodeIsFound() throws Exception {
        FakeCall call = new FakeCall(root).env("PATH", "/usr/bin").env("HOME", root.toString());
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")), "no /usr/bin/node");
        String printed = new String(new ProcessBuilder("/usr/bin/node", "--version").start().getInputStream()
                .readAllBytes()).strip();
        run(call.with("node-version", printed.substring(1)));
        assertThat(call.outputs).containsEntry("node-version", printed);
        assertThat(call.paths).hasSize(1);
        assertThat(call.paths.get(0).resolve("node")).exists();
    }

    @Test
    void otherPhasesDoNothing() throws Exception {
        FakeCall call = call().with("node-version", ">=50");
        action.run(Phase.POST, call);
        assertThat(call.outputs).isEmpty();
    }
}
