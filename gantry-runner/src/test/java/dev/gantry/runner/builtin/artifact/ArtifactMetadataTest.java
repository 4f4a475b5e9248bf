package dev.gantry.runner.builtin.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.artifact.ArtifactStore;
import dev.gantry.workflow.action.ActionInput;
import dev.gantry.workflow.action.ActionMetadata;
import dev.gantry.workflow.action.ActionReader;
import dev.gantry.workflow.action.ActionRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The artifact actions declare the real v4 inputs, defaults and outputs, and read without errors. */
class ArtifactMetadataTest {

    private final List<BuiltinAction> actions = ArtifactActions.over(run -> ArtifactStore.under(Path.of("unused")));

    @Test
    void uploadDeclaresV4() {
        ActionMetadata upload = read("actions/upload-artifact");
        assertThat(defaults(upload)).containsOnlyKeys("name", "path", "if-no-files-found", "retention-days",
                "compression-level", "overwrite", "include-hidden-files")
                .containsEntry("name", "artifact").containsEntry("if-no-files-found", "warn")
                .containsEntry("compression-level", "6").containsEntry("overwrite", "false")
                .containsEntry("include-hidden-files", "false");
        assertThat(upload.outputs()).extracting(o -> o.id().value())
                .containsExactly("artifact-id", "artifact-url", "artifact-digest");
        assertThat(((ActionRuns.Node) upload.runs()).post()).isEmpty();
    }

    @Test
    void downloadDeclaresV4() {
        ActionMetadata download = read("actions/download-artifact");
        assertThat(defaults(download)).containsOnlyKeys("name", "artifact-ids", "path", "pattern", "merge-multiple",
                "github-token", "repository", "run-id").containsEntry("merge-multiple", "false")
                .containsEntry("run-id", "github.run_id")
                .containsEntry("repository", "github.repository");
        assertThat(download.outputs()).extracting(o -> o.id().value()).containsExactly("download-path");
    }

    private ActionMetadata read(String name) {
        BuiltinAction action = actions.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        var parsed = ActionReader.read("action.yml", action.metadata());
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value().orElseThrow();
    }

    private static Map<String, String> defaults(ActionMetadata metadata) {
        return metadata.inputs().stream().collect(Collectors.toMap(i -> i.id().value(),
                (ActionInput i) -> i.defaultValue().map(ArtifactMetadataTest::source).orElse("")));
    }

    private static String source(dev.gantry.workflow.model.Template<String> template) {
        return switch (template) {
            case dev.gantry.workflow.model.Template.Literal<String> l -> l.value();
            case dev.gantry.workflow.model.Template.Expression<String> e -> e.source();
        };
    }
}
