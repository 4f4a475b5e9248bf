package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.runner.store.ActionStores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry actions import|list}, run in-process as a user would on a terminal. */
class ActionsCommandTest {

    @TempDir
    Path tmp;

    Path store;
    Path source;
    String v1;
    String main;

    @BeforeEach
    void anActionRepositoryWithATagAndABranch() throws Exception {
        store = tmp.resolve("store");
        source = tmp.resolve("checkout-action");
        try (Git git = Git.init().setDirectory(source.toFile()).setInitialBranch("main").call()) {
            Files.writeString(source.resolve("action.yml"), "runs: {using: node20, main: index.js}\n");
            git.add().addFilepattern(".").call();
            v1 = git.commit().setMessage("v1").setAuthor("A", "a@example.com").setCommitter("A", "a@example.com")
                    .call().name();
            git.tag().setName("v1").call();
            Files.writeString(source.resolve("index.js"), "console.log('hi')\n");
            git.add().addFilepattern(".").call();
            main = git.commit().setMessage("next").setAuthor("A", "a@example.com")
                    .setCommitter("A", "a@example.com").call().name();
        }
    }

    private CommandRun gantry(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void importsATagFromAGitRepositoryAndPrintsOneLine() throws Exception {
        CommandRun run = gantry("actions", "import", "acme/checkout@v1", "--from", source.toString(),
                "--store", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("imported acme/checkout@v1 -> " + v1 + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(ActionStores.open(store.toString(), tmp.resolve("cache")).find("acme", "checkout", "v1")
                .orElseThrow().sha()).isEqualTo(v1);
    }

    @Test
    void importsFromAFileUrlAndAPlainFolderAndListsEverythingSorted() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("setup-thing"));
        Files.writeString(folder.resolve("action.yml"), "runs: {using: composite, steps: []}\n");

        CommandRun branch = gantry("actions", "import", "acme/checkout@main", "--from", source.toUri().toString(),
                "--store", store.toString());
        CommandRun tag = gantry("actions", "import", "Acme/setup-thing@v2.1.0", "--from", folder.toString(),
                "--store", store.toString());
        CommandRun list = gantry("actions", "list", "--store", store.toString());

        assertThat(branch.out()).isEqualTo("imported acme/checkout@main -> " + main + System.lineSeparator());
        assertThat(tag.exitCode()).isZero();
        assertThat(tag.out()).matches("imported Acme/setup-thing@v2\\.1\\.0 -> [0-9a-f]{40} \\(files of "
                + java.util.regex.Pattern.quote(folder.toString()) + " committed as new tag v2\\.1\\.0\\)\\R");
        String tagSha = tag.out().split(" ")[3];
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().toList()).as("the owner keeps the spelling it was first stored with")
                .containsExactly(
                        "acme/checkout     main    " + main,
                        "acme/checkout     v1      " + v1,
                        "acme/setup-thing  v2.1.0  " + tagSha);
    }

    @Test
    void listsAsJson() throws Exception {
        gantry("actions", "import", "acme/checkout@v1", "--from", source.toString(), "--store", store.toString());

        CommandRun run = gantry("actions", "list", "--store", store.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("action").asText()).isEqualTo("acme/checkout");
        assertThat(array.get(0).get("owner").asText()).isEqualTo("acme");
        assertThat(array.get(0).get("repo").asText()).isEqualTo("checkout");
        assertThat(array.get(0).get("ref").asText()).isEqualTo("v1");
        assertThat(array.get(0).get("kind").asText()).isEqualTo("tag");
        assertThat(array.get(0).get("sha").asText()).isEqualTo(v1);
    }

    @Test
    void anEmptyStoreListsNothing() {
        CommandRun run = gantry("actions", "list", "--store", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no actions in " + store);
        assertThat(gantry("actions", "list", "--store", store.toString(), "--format", "json").out().strip())
                .isEqualTo("[ ]");
    }

    @Test
    void aRefTheSourceLacksFailsNamingTheSourceAndWhatItHas() {
        CommandRun run = gantry("actions", "import", "acme/checkout@v9", "--from", source.toString(),
                "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("gantry actions import: ref v9 not found in " + source
                + "; it has tag v1 and branch main");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        assertUsage(gantry("actions", "import", "acme/checkout", "--from", source.toString(), "--store",
                store.toString()), "expected OWNER/REPO@REF");
        assertUsage(gantry("actions", "import", "acme/che/ckout@v1", "--from", source.toString(), "--store",
                store.toString()), "expected OWNER/REPO@REF");
        assertUsage(gantry("actions", "import", "acme/checkout@bad..ref", "--from", source.toString(), "--store",
                store.toString()), "not a tag, branch or commit SHA git allows: bad..ref");
        assertUsage(gantry("actions", "import", "acme/checkout@v1", "--from", tmp.resolve("missing").toString(),
                "--store", store.toString()), "is neither a git URL nor a folder");
        assertUsage(gantry("actions", "import", "acme/checkout@v1", "--from", source.toString(), "--store",
                "https://git.example.com/actions"), "is a git server");
        assertThat(gantry("actions", "import", "acme/checkout@v1", "--store", store.toString()).exitCode())
                .isEqualTo(2);
        assertThat(gantry("actions", "list", "--format", "yaml").exitCode()).isEqualTo(2);
        assertThat(gantry("actions").exitCode()).isEqualTo(2);
        assertThat(store).doesNotExist();
    }

    private static void assertUsage(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("gantry actions import: ").contains(message);
    }
}
