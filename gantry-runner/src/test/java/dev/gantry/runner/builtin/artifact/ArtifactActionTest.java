package dev.gantry.runner.builtin.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction.Phase;
import dev.gantry.runner.action.RecordingActionCall;
import dev.gantry.runner.artifact.ArtifactStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload in one job, download in another, through one run's artifact folder, on real files. */
class ArtifactActionTest {

    @TempDir
    Path dir;

    private Path producer;
    private Path consumer;
    private final Function<String, ArtifactStore> stores = run -> ArtifactStore.under(dir.resolve("runs/" + run));
    private final UploadArtifactAction upload = new UploadArtifactAction(stores);
    private final DownloadArtifactAction download = new DownloadArtifactAction(stores);

    @BeforeEach
    void setUp() throws IOException {
        producer = Files.createDirectories(dir.resolve("build-job"));
        consumer = Files.createDirectories(dir.resolve("test-job"));
        for (String file : List.of("dist/app.js", "dist/lib/util.js", "dist/.env", "dist/.git/config",
                "dist/app.map", "reports/junit.xml", "reports/coverage/index.html", "single.txt")) {
            Path path = producer.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
    }

    @Test
    void aFolderIsStoredBelowItselfAndDownloadedIntoTheWorkspace() throws Exception {
        RecordingActionCall up = producerCall().with("name", "web").with("path", "dist/");
        upload.run(Phase.MAIN, up);

        assertThat(up.outputs).containsEntry("artifact-id", "1").containsKeys("artifact-url", "artifact-digest");
        assertThat(up.outputs.get("artifact-digest")).hasSize(64);

        RecordingActionCall down = consumerCall().with("name", "web");
        download.run(Phase.MAIN, down);
        assertThat(tree(consumer)).containsExactly("app.js", "app.map", "lib/util.js");
        assertThat(down.outputs).containsEntry("download-path", consumer.toString());
    }

    @Test
    void hiddenFilesAreLeftOutUnlessAsked() throws Exception {
        upload.run(Phase.MAIN, producerCall().with("name", "default").with("path", "dist"));
        upload.run(Phase.MAIN, producerCall().with("name", "hidden").with("path", "dist")
                .with("include-hidden-files", "true"));

        download.run(Phase.MAIN, consumerCall().with("path", "out"));

        assertThat(tree(consumer.resolve("out/default"))).containsExactly("app.js", "app.map", "lib/util.js");
        assertThat(tree(consumer.resolve("out/hidden")))
                .containsExactly(".env", ".git/config", "app.js", "app.map", "lib/util.js");
    }

    @Test
    void severalPatternsAreStoredUnderTheirLeastCommonAncestorWithExclusions() throws Exception {
        RecordingActionCall up = producerCall().with("name", "mixed")
                .with("path", "dist/**/*.js\nreports/\n!reports/coverage\n");
        upload.run(Phase.MAIN, up);

        download.run(Phase.MAIN, consumerCall().with("name", "mixed").with("path", "got"));

        assertThat(tree(consumer.resolve("got"))).containsExactly("dist/app.js", "dist/lib/util.js", "reports/junit.xml");
        assertThat(up.logged("The least common ancestor is " + producer)).isTrue();
    }

    @Test
    void aSingleFileIsStoredWithoutItsFolders() throws Exception {
        upload.run(Phase.MAIN, producerCall().with("name", "one").with("path", "reports/junit.xml"));
        download.run(Phase.MAIN, consumerCall().with("name", "one"));
        assertThat(tree(consumer)).containsExactly("junit.xml");
    }

    @Test
    void ifNoFilesFoundWarnsErrsOrStaysQuiet() throws Exception {
        RecordingActionCall warn = producerCall().with("path", "nothing/*");
        upload.run(Phase.MAIN, warn);
        assertThat(warn.warnings()).containsExactly(
                "No files were found with the provided path: nothing/*. No artifacts will be uploaded.");
        assertThat(warn.outputs).isEmpty();

        assertThatThrownBy(() -> upload.run(Phase.MAIN, producerCall().with("path", "nothing")
                .with("if-no-files-found", "error")))
                .isInstanceOf(ActionFailure.class).hasMessageStartingWith("No files were found");

        RecordingActionCall ignore = producerCall().with("path", "nothing").with("if-no-files-found", "ignore");
        upload.run(Phase.MAIN, ignore);
        assertThat(ignore.warnings()).isEmpty();

        assertThatThrownBy(() -> upload.run(Phase.MAIN, producerCall().with("path", "dist")
                .with("if-no-files-found", "fail")))
                .hasMessage("Unrecognized if-no-files-found input. Provided: fail. Available options: warn, error, ignore");
    }

    @Test
    void uploadingANameTwiceFailsUnlessOverwrite() throws Exception {
        upload.run(Phase.MAIN, producerCall().with("name", "web").with("path", "dist"));

        assertThatThrownBy(() -> upload.run(Phase.MAIN, producerCall().with("name", "web").with("path", "reports")))
                .hasMessage("An artifact named 'web' already exists in this run; set overwrite: true to replace it.");

        RecordingActionCall again = producerCall().with("name", "web").with("path", "reports").with("overwrite", "true");
        upload.run(Phase.MAIN, again);
        assertThat(again.outputs).containsEntry("artifact-id", "2");
        download.run(Phase.MAIN, consumerCall().with("name", "web"));
        assertThat(tree(consumer)).containsExactly("coverage/index.html", "junit.xml");
    }

    @Test
    void patternAndMergeMultiple() throws Exception {
        upload.run(Phase.MAIN, producerCall().with("name", "report-linux").with("path", "reports/junit.xml"));
        upload.run(Phase.MAIN, producerCall().with("name", "report-mac").with("path", "single.txt"));
        upload.run(Phase.MAIN, producerCall().with("name", "web").with("path", "dist/app.js"));

        download.run(Phase.MAIN, consumerCall().with("pattern", "report-*").with("path", "split"));
        assertThat(tree(consumer.resolve("split"))).containsExactly("report-linux/junit.xml", "report-mac/single.txt");

        download.run(Phase.MAIN, consumerCall().with("pattern", "report-*").with("path", "merged")
                .with("merge-multiple", "true"));
        assertThat(tree(consumer.resolve("merged"))).containsExactly("junit.xml", "single.txt");

        download.run(Phase.MAIN, consumerCall().with("artifact-ids", "3, 1").with("path", "by-id"));
        assertThat(tree(consumer.resolve("by-id"))).containsExactly("report-linux/junit.xml", "web/app.js");
    }

    @Test
    void downloadProblemsAreOneSentence() throws Exception {
        assertThatThrownBy(() -> download.run(Phase.MAIN, consumerCall().with("name", "missing")))
                .hasMessage("Unable to download artifact(s): Artifact not found for name: missing");
        assertThatThrownBy(() -> download.run(Phase.MAIN, consumerCall().with("name", "a").with("artifact-ids", "1")))
                .hasMessageContaining("cannot be used together");
        assertThatThrownBy(() -> download.run(Phase.MAIN, consumerCall().with("github-token", "t")
                .with("run-id", "99")))
                .hasMessage("Cannot download artifacts of run 99: only the artifacts of the current run (7) are "
                        + "available here.");
        RecordingActionCall none = consumerCall();
        download.run(Phase.MAIN, none);
        assertThat(none.logged("Total of 0 artifact(s) downloaded")).isTrue();
    }

    @Test
    void artifactsOfAnotherRunAreNotVisible() throws Exception {
        upload.run(Phase.MAIN, producerCall().with("name", "web").with("path", "dist"));
        RecordingActionCall other = new RecordingActionCall(consumer).runId("8").with("name", "web");
        assertThatThrownBy(() -> download.run(Phase.MAIN, other)).hasMessageContaining("Artifact not found");
    }

    @Test
    void badNumbersAndNamesFailTheStep() {
        assertThatThrownBy(() -> upload.run(Phase.MAIN, producerCall().with("path", "dist")
                .with("retention-days", "soon"))).hasMessage("Invalid retention-days: 'soon' is not a whole number.");
        assertThatThrownBy(() -> upload.run(Phase.MAIN, producerCall().with("path", "dist")
                .with("compression-level", "11"))).hasMessage("Invalid compression-level: 11. Valid values are 0-9.");
        assertThatThrownBy(() -> upload.run(Phase.MAIN, producerCall().with("name", "a/b").with("path", "dist")))
                .hasMessageStartingWith("The artifact name 'a/b' is not valid");
    }

    @Test
    void retentionIsRecordedAndCapped() throws Exception {
        RecordingActionCall up = producerCall().with("name", "long").with("path", "dist").with("retention-days", "400");
        upload.run(Phase.MAIN, up);
        assertThat(up.warnings()).singleElement().asString().contains("Using 90 instead");
        assertThat(stores.apply("7").find("long").orElseThrow().retentionDays()).isEqualTo(90);
    }

    private RecordingActionCall producerCall() {
        return new RecordingActionCall(producer).runId("7").job(JobKey.of("build", 0));
    }

    private RecordingActionCall consumerCall() {
        return new RecordingActionCall(consumer).runId("7").job(JobKey.of("test"));
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
