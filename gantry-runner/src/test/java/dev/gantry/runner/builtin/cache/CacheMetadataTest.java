package dev.gantry.runner.builtin.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.cache.CacheStore;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.action.ActionInput;
import dev.gantry.workflow.action.ActionMetadata;
import dev.gantry.workflow.action.ActionOutput;
import dev.gantry.workflow.action.ActionReader;
import dev.gantry.workflow.action.ActionRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The metadata each cache action declares reads cleanly and has the real v4 action's inputs and phases. */
class CacheMetadataTest {

    private final List<BuiltinAction> actions = CacheActions.over(CacheStore.under(Path.of("unused")));

    @Test
    void everyMetadataReadsWithoutErrors() {
        for (BuiltinAction action : actions) {
            Parsed<ActionMetadata> parsed = ActionReader.read(action.name() + "/action.yml", action.metadata());
            assertThat(parsed.diagnostics()).as(action.name()).isEmpty();
            assertThat(parsed.value()).isPresent();
        }
    }

    @Test
    void cacheHasAPostPhaseOnSuccessAndTheRealInputs() {
        ActionMetadata cache = read("actions/cache");
        ActionRuns.Node runs = (ActionRuns.Node) cache.runs();
        assertThat(runs.post()).isPresent();
        assertThat(runs.postIf().toString()).contains("success()");
        assertThat(inputs(cache)).containsOnlyKeys("path", "key", "restore-keys", "upload-chunk-size",
                "enableCrossOsArchive", "fail-on-cache-miss", "lookup-only", "save-always");
        assertThat(inputs(cache).get("path").required()).isTrue();
        assertThat(outputs(cache)).containsExactly("cache-hit");
    }

    @Test
    void restoreAndSaveHaveNoPostPhase() {
        ActionMetadata restore = read("actions/cache/restore");
        assertThat(((ActionRuns.Node) restore.runs()).post()).isEmpty();
        assertThat(outputs(restore)).containsExactly("cache-hit", "cache-primary-key", "cache-matched-key");
        ActionMetadata save = read("actions/cache/save");
        assertThat(((ActionRuns.Node) save.runs()).post()).isEmpty();
        assertThat(inputs(save)).containsOnlyKeys("path", "key", "upload-chunk-size", "enableCrossOsArchive");
    }

    private ActionMetadata read(String name) {
        BuiltinAction action = actions.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        return ActionReader.read("action.yml", action.metadata()).value().orElseThrow();
    }

    private static Map<String, ActionInput> inputs(ActionMetadata metadata) {
        return metadata.inputs().stream().collect(Collectors.toMap(i -> i.id().value(), i -> i));
    }

    private static List<String> outputs(ActionMetadata metadata) {
        return metadata.outputs().stream().map(o -> o.id().value()).toList();
    }
}
