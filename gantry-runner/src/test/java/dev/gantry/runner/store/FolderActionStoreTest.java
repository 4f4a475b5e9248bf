package dev.gantry.runner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.runner.action.ActionStore.StoredAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderActionStoreTest {

    @TempDir
    Path tmp;

    Path store;
    String first;
    String second;

    @BeforeEach
    void storeHoldsOneActionWithTwoReleases() throws Exception {
        store = tmp.resolve("store");
        try (SourceRepo source = SourceRepo.init(tmp.resolve("source"))) {
            source.write("action.yml", "name: greet\nruns: {using: node20, main: index.js}\n")
                    .write("index.js", "console.log('one')\n")
                    .write("bin/run.sh", "#!/bin/sh\necho run\n").executable("bin/run.sh")
                    .link("latest.js", "index.js");
            first = source.commit("first release");
            source.tag("v1.0.0");
            source.write("index.js", "console.log('two')\n");
            second = source.commit("second release");
            source.tag("v1").annotatedTag("v2");
            source.cloneBareInto(store, "Acme", "Greet");
        }
    }

    private StoredAction find(String owner, String repo, String ref) throws IOException {
        return new FolderActionStore(store).find(owner, repo, ref).orElseThrow();
    }

    @Test
    void tagResolvesToItsCommitsFiles() throws IOException {
        StoredAction action = find("Acme", "Greet", "v1.0.0");

        assertThat(action.sha()).isEqualTo(first);
        assertThat(action.root()).isEqualTo(store.resolve(".checkouts/Acme/Greet/" + first));
        assertThat(action.root().resolve("index.js")).hasContent("console.log('one')");
        assertThat(action.root().resolve("action.yml")).content().startsWith("name: greet");
    }

    @Test
    void annotatedTagIsPeeledToItsCommit() throws IOException {
        assertThat(find("Acme", "Greet", "v2").sha()).isEqualTo(second);
    }

    @Test
    void branchResolvesToItsTip() throws IOException {
        StoredAction action = find("Acme", "Greet", "main");

        assertThat(action.sha()).isEqualTo(second);
        assertThat(action.root().resolve("index.js")).hasContent("console.log('two')");
    }

    @Test
    void fullShaResolvesEvenWhenNoRefPointsAtIt() throws Exception {
        try (SourceRepo more = SourceRepo.init(tmp.resolve("more"))) {
            String old = more.write("a.txt", "old").commit("old");
            more.write("a.txt", "new").commit("new");
            more.cloneBareInto(store, "acme", "more");

            StoredAction action = new FolderActionStore(store).find("acme", "more", old).orElseThrow();

            assertThat(action.sha()).isEqualTo(old);
            assertThat(action.root().resolve("a.txt")).hasContent("old");
            assertThat(new FolderActionStore(store).find("acme", "more", old.toUpperCase())).isPresent();
        }
    }

    @Test
    void aTagWinsOverABranchOfTheSameNameAsOnGitHub() throws Exception {
        try (SourceRepo ambiguous = SourceRepo.init(tmp.resolve("ambiguous"))) {
            String tagged = ambiguous.write("f", "tagged").commit("tagged");
            ambiguous.tag("release");
            ambiguous.branch("release");
            ambiguous.write("f", "later").commit("later");
            Path bare = ambiguous.cloneBareInto(store, "acme", "ambiguous");
            // the branch moves on past the tag
            try (var git = org.eclipse.jgit.api.Git.open(bare.toFile())) {
                ImportAction.point(git.getRepository(), "refs/heads/release",
                        git.getRepository().resolve("refs/heads/main"));
            }

            StoredAction action = new FolderActionStore(store).find("acme", "ambiguous", "release").orElseThrow();

            assertThat(action.sha()).isEqualTo(tagged);
            assertThat(action.root().resolve("f")).hasContent("tagged");
        }
    }

    @Test
    void ownerAndRepositoryAreComparedIgnoringCase() throws IOException {
        StoredAction action = find("ACME", "greet", "v1");

        assertThat(action.sha()).isEqualTo(second);
        assertThat(action.root()).isEqualTo(store.resolve(".checkouts/Acme/Greet/" + second));
    }

    @Test
    void shortShaIsRefusedWithGitHubsWording() {
        String shortSha = first.substring(0, 7);

        assertThatThrownBy(() -> new FolderActionStore(store).find("acme", "greet", shortSha))
                .isInstanceOf(UnsupportedRefException.class)
                .hasMessage("Unable to resolve action `acme/greet@" + shortSha + "`, the provided ref `" + shortSha
                        + "` is the shortened version of a commit SHA, which is not supported. Please use the full "
                        + "commit SHA `" + first + "` instead.");
    }

    @Test
    void whatTheStoreDoesNotHoldIsEmpty() throws IOException {
        FolderActionStore folder = new FolderActionStore(store);

        assertThat(folder.find("acme", "greet", "v9")).isEmpty();
        assertThat(folder.find("acme", "greet", "deadbee")).isEmpty();
        assertThat(folder.find("acme", "greet", "0".repeat(40))).isEmpty();
        assertThat(folder.find("acme", "greet", "")).isEmpty();
        assertThat(folder.find("acme", "greet", "bad..ref")).isEmpty();
        assertThat(folder.find("acme", "other", "v1")).isEmpty();
        assertThat(folder.find("nobody", "greet", "v1")).isEmpty();
        assertThat(folder.find("..", "..", "v1")).isEmpty();
        assertThat(new FolderActionStore(tmp.resolve("no-such-store")).find("acme", "greet", "v1")).isEmpty();
    }

    @Test
    void checkoutIsReadOnlyAndKeepsExecutableBitsAndLinks() throws IOException {
        Path root = find("acme", "greet", "v1").root();

        assertThat(Files.getPosixFilePermissions(root.resolve("index.js")))
                .isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
        assertThat(Files.getPosixFilePermissions(root.resolve("bin/run.sh")))
                .isEqualTo(PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThat(Files.getPosixFilePermissions(root.resolve("bin")))
                .isEqualTo(PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThat(Files.getPosixFilePermissions(root)).isEqualTo(PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThat(Files.isSymbolicLink(root.resolve("latest.js"))).isTrue();
        assertThat(Files.readSymbolicLink(root.resolve("latest.js"))).isEqualTo(Path.of("index.js"));
        assertThat(root.resolve(".git")).doesNotExist();
    }

    @Test
    void anExistingCheckoutIsReusedNotRewritten() throws IOException {
        Path root = find("acme", "greet", "v1").root();
        root.toFile().setWritable(true);
        Files.writeString(root.resolve("marker"), "left by the first run");

        Path again = find("acme", "greet", "main").root();

        assertThat(again).isEqualTo(root);
        assertThat(again.resolve("marker")).exists();
    }

    @Test
    void checkoutsGoToTheCacheFolderGivenAndLeaveNoPartialCopies() throws IOException {
        Path cache = tmp.resolve("cache");

        StoredAction action = new FolderActionStore(store, cache).find("acme", "greet", "v1").orElseThrow();

        assertThat(action.root()).isEqualTo(cache.resolve("Acme/Greet/" + second));
        try (Stream<Path> siblings = Files.list(cache.resolve("Acme/Greet"))) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly(second);
        }
        assertThat(store.resolve(".checkouts")).doesNotExist();
    }

    @Test
    void anUnreadableRepositoryIsAnErrorNamingIt() throws IOException {
        Path broken = store.resolve("acme/broken.git");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("HEAD"), "not a ref");

        assertThatThrownBy(() -> new FolderActionStore(store).find("acme", "broken", "v1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("action store");
    }

    @Test
    void describesItselfByItsFolder() {
        assertThat(new FolderActionStore(store)).hasToString(store.toString());
    }
}
