package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker action images against the real engine: built once per context, failures naming the action. */
class ActionImagesTest {

    @TempDir
    Path root;

    @Test
    void aDockerfileIsBuiltOnceAndItsOutputLogged() throws Exception {
        DockerEngine engine = EngineTests.engine();
        Path context = Files.createDirectories(root.resolve("hello"));
        Files.writeString(context.resolve("Dockerfile"), "FROM " + EngineTests.DEBIAN + "\nRUN echo built-"
                + UUID.randomUUID() + "\n");
        ActionImages images = new ActionImages(engine, ImagePolicy.NEVER);
        List<String> log = new ArrayList<>();
        var first = images.dockerfile(context, context.resolve("Dockerfile"), "./hello", log::add);
        assertThat(first).isInstanceOf(ActionImages.Prepared.Ready.class);
        String tag = ((ActionImages.Prepared.Ready) first).image();
        try {
            assertThat(tag).startsWith("gantry-action/hello:");
            assertThat(log).anyMatch(l -> l.startsWith("Building ")).anyMatch(l -> l.contains("built-"));
            List<String> again = new ArrayList<>();
            assertThat(images.dockerfile(context, context.resolve("Dockerfile"), "./hello", again::add))
                    .isEqualTo(first);
            assertThat(again).singleElement().asString().contains("before");
        } finally {
            engine.client().removeImageCmd(tag).withForce(true).exec();
        }
    }

    @Test
    void aMissingDockerfileOrImageIsOneSentenceNamingTheAction() throws Exception {
        DockerEngine engine = EngineTests.engine();
        ActionImages images = new ActionImages(engine, ImagePolicy.NEVER);
        var missingFile = images.dockerfile(root, root.resolve("Dockerfile"), "./x", l -> { });
        assertThat(missingFile).isInstanceOfSatisfying(ActionImages.Prepared.Failed.class,
                f -> assertThat(f.message()).contains("'./x'", "does not exist"));
        var missingImage = images.registry("gantry-test/not-there:1", "docker://gantry-test/not-there:1", l -> { });
        assertThat(missingImage).isInstanceOfSatisfying(ActionImages.Prepared.Failed.class,
                f -> assertThat(f.message()).contains("'gantry-test/not-there:1'", "'never'"));
    }

    @Test
    void aFailingBuildIsAFailureWithTheEnginesReason() throws Exception {
        DockerEngine engine = EngineTests.engine();
        Files.writeString(root.resolve("Dockerfile"), "FROM " + EngineTests.DEBIAN + "\nRUN exit 9\n");
        var result = new ActionImages(engine, ImagePolicy.NEVER).dockerfile(root, root.resolve("Dockerfile"),
                "./broken", l -> { });
        assertThat(result).isInstanceOfSatisfying(ActionImages.Prepared.Failed.class,
                f -> assertThat(f.message()).contains("'./broken'", "cannot build", "9"));
    }
}
