package dev.gantry.runner.builtin.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction.Phase;
import dev.gantry.runner.action.RecordingActionCall;
import dev.gantry.runner.cache.CacheStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache actions as a job runs them: main, then post, twice over, against one store on real files. */
class CacheActionTest {

    @TempDir
    Path dir;

    private Path workspace;
    private CacheStore store;

    @BeforeEach
    void setUp() throws IOException {
        workspace = Files.createDirectories(dir.resolve("work/repo"));
        store = CacheStore.under(dir.resolve("cache"));
    }

    @Test
    void aMissThenAHitOnTheNextRun() throws Exception {
        CacheAction action = new CacheAction(store);
        RecordingActionCall first = call("deps-v1");

        action.run(Phase.MAIN, first);
        assertThat(first.outputs).doesNotContainKey("cache-hit");
        assertThat(first.logged("Cache not found for input keys: deps-v1")).isTrue();
        assertThat(first.state).containsEntry("CACHE_KEY", "deps-v1").doesNotContainKey("CACHE_RESULT");
        write("node_modules/pkg/index.js", "module.exports = 1;");
        action.run(Phase.POST, first);
        assertThat(first.logged("Cache saved with key: deps-v1")).isTrue();

        Files.delete(workspace.resolve("node_modules/pkg/index.js"));
        RecordingActionCall second = call("deps-v1");
        action.run(Phase.MAIN, second);
        assertThat(second.outputs).containsEntry("cache-hit", "true");
        assertThat(Files.readString(workspace.resolve("node_modules/pkg/index.js"))).isEqualTo("module.exports = 1;");
        action.run(Phase.POST, second);
        assertThat(second.logged("Cache hit occurred on the primary key deps-v1, not saving cache.")).isTrue();
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void aRestoreKeyMatchIsNoHitAndThePostPhaseSavesTheNewKey() throws Exception {
        CacheAction action = new CacheAction(store);
        write("node_modules/a", "old");
        RecordingActionCall seed = call("deps-aaa");
        action.run(Phase.MAIN, seed);
        action.run(Phase.POST, seed);

        RecordingActionCall next = call("deps-bbb").with("restore-keys", "deps-zzz\ndeps-\n");
        action.run(Phase.MAIN, next);
        assertThat(next.outputs).containsEntry("cache-hit", "false");
        assertThat(next.state).containsEntry("CACHE_RESULT", "deps-aaa");
        action.run(Phase.POST, next);

        assertThat(next.logged("Cache saved with key: deps-bbb")).isTrue();
    }

    @Test
    void failOnCacheMissFailsTheStepNamingTheKey() {
        RecordingActionCall call = call("nothing").with("fail-on-cache-miss", "true");
        assertThatThrownBy(() -> new CacheAction(store).run(Phase.MAIN, call))
                .isInstanceOf(ActionFailure.class)
                .hasMessage("Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: nothing");
    }

    @Test
    void lookupOnlyFindsButWritesNothing() throws Exception {
        write("node_modules/a", "x");
        CacheAction action = new CacheAction(store);
        RecordingActionCall seed = call("k");
        action.run(Phase.MAIN, seed);
        action.run(Phase.POST, seed);
        Files.delete(workspace.resolve("node_modules/a"));

        RecordingActionCall lookup = call("k").with("lookup-only", "true");
        action.run(Phase.MAIN, lookup);

        assertThat(lookup.outputs).containsEntry("cache-hit", "true");
        assertThat(lookup.logged("Cache found and can be restored from key: k")).isTrue();
        assertThat(workspace.resolve("node_modules/a")).doesNotExist();
    }

    @Test
    void badKeysAndBooleansFailWithOneSentence() {
        assertThatThrownBy(() -> new CacheAction(store).run(Phase.MAIN, call("a,b")))
                .hasMessage("Key Validation Error: a,b cannot contain commas.");
        assertThatThrownBy(() -> new CacheAction(store).run(Phase.MAIN, call("x".repeat(513))))
                .hasMessageEndingWith("cannot be larger than 512 characters.");
        assertThatThrownBy(() -> new CacheAction(store).run(Phase.MAIN, call("k").with("lookup-only", "yes")))
                .hasMessage("Input 'lookup-only' must be one of true, True, TRUE, false, False or FALSE, not 'yes'.");
        assertThatThrownBy(() -> new CacheAction(store).run(Phase.MAIN, call("k").with("path", "")))
                .hasMessage("Input required and not supplied: path");
    }

    @Test
    void restoreActionSetsTheKeysAsOutputs() throws Exception {
        write("node_modules/a", "x");
        new SaveCacheAction(store).run(Phase.MAIN, call("deps-1"));

        RecordingActionCall miss = call("other");
        new RestoreCacheAction(store).run(Phase.MAIN, miss);
        assertThat(miss.outputs).containsExactly(java.util.Map.entry("cache-primary-key", "other"));

        RecordingActionCall hit = call("deps-2").with("restore-keys", "deps-");
        new RestoreCacheAction(store).run(Phase.MAIN, hit);
        assertThat(hit.outputs).containsEntry("cache-primary-key", "deps-2")
                .containsEntry("cache-matched-key", "deps-1")
                .containsEntry("cache-hit", "false");
        assertThat(hit.state).isEmpty();
    }

    @Test
    void saveActionWarnsInsteadOfFailing() {
        RecordingActionCall nothing = call("k").with("path", "missing-folder");
        new SaveCacheAction(store).run(Phase.MAIN, nothing);
        assertThat(nothing.warnings()).containsExactly("Path Validation Error: Path(s) specified in the action for "
                + "caching do(es) not exist, hence no cache is being saved.");

        RecordingActionCall comma = call("a,b");
        new SaveCacheAction(store).run(Phase.MAIN, comma);
        assertThat(comma.warnings()).containsExactly("Key Validation Error: a,b cannot contain commas.");
    }

    @Test
    void aSecondSaveOfTheSameKeyIsAWarning() throws Exception {
        write("node_modules/a", "x");
        new SaveCacheAction(store).run(Phase.MAIN, call("k"));
        RecordingActionCall again = call("k");
        new SaveCacheAction(store).run(Phase.MAIN, again);
        assertThat(again.warnings()).singleElement().asString().contains("already exists");
    }

    @Test
    void excludedPathsAreNotSaved() throws Exception {
        write("node_modules/keep.js", "k");
        write("node_modules/.cache/big.bin", "b");
        new SaveCacheAction(store).run(Phase.MAIN, call("k").with("path", "node_modules\n!node_modules/.cache"));
        Files.delete(workspace.resolve("node_modules/keep.js"));
        Files.delete(workspace.resolve("node_modules/.cache/big.bin"));

        RecordingActionCall restore = call("k").with("path", "node_modules\n!node_modules/.cache");
        new RestoreCacheAction(store).run(Phase.MAIN, restore);

        assertThat(workspace.resolve("node_modules/keep.js")).exists();
        assertThat(workspace.resolve("node_modules/.cache/big.bin")).doesNotExist();
    }

    @Test
    void aCorruptEntryIsAWarningAndAMissNotAFailure() throws Exception {
        write("node_modules/a", "x");
        new SaveCacheAction(store).run(Phase.MAIN, call("k"));
        try (var blobs = Files.list(store.root().resolve("blobs"))) {
            Files.writeString(blobs.findFirst().orElseThrow(), "not a tar.gz");
        }

        RecordingActionCall restore = call("k");
        new CacheAction(store).run(Phase.MAIN, restore);

        assertThat(restore.outputs).doesNotContainKey("cache-hit");
        assertThat(restore.warnings()).singleElement().asString()
                .startsWith("Failed to restore: the cache entry for key k was skipped because its archive")
                .endsWith("does not match its SHA-256 digest.");
        assertThat(restore.logged("Cache not found for input keys: k")).isTrue();
    }

    @Test
    void differentPathsMeanADifferentVersion() throws Exception {
        write("node_modules/a", "x");
        new SaveCacheAction(store).run(Phase.MAIN, call("k"));
        RecordingActionCall other = call("k").with("path", "node_modules\nother");
        new RestoreCacheAction(store).run(Phase.MAIN, other);
        assertThat(other.outputs).doesNotContainKey("cache-hit");
    }

    private RecordingActionCall call(String key) {
        return new RecordingActionCall(workspace).env("HOME", dir.resolve("home").toString())
                .with("key", key).with("path", "node_modules");
    }

    private void write(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
