package dev.gantry.runner.builtin.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction.Phase;
import dev.gantry.runner.builtin.setup.FakeCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkout from real local repositories made with JGit: three commits on main, a branch, a tag. */
class CheckoutActionTest {

    @TempDir
    Path root;

    private Path source;
    private Path workspace;
    private Git git;
    private RevCommit first;
    private RevCommit second;
    private RevCommit third;
    private RevCommit feature;

    @BeforeEach
    void repository() throws Exception {
        source = root.resolve("source");
        workspace = root.resolve("workspace");
        Files.createDirectories(workspace);
        git = Git.init().setDirectory(source.toFile()).setInitialBranch("main").call();
        first = commit("a.txt", "one");
        second = commit("a.txt", "two");
        git.tag().setName("v1").setAnnotated(true).setMessage("release 1").setTagger(person()).call();
        third = commit("a.txt", "three");
        git.checkout().setCreateBranch(true).setName("feature").setStartPoint(second).call();
        feature = commit("b.txt", "feature");
        git.checkout().setName("main").call();
    }

    @AfterEach
    void close() {
        git.close();
    }

    private static PersonIdent person() {
        return new PersonIdent("Test", "test@example.com");
    }

    private RevCommit commit(String file, String content) throws Exception {
        Files.writeString(git.getRepository().getWorkTree().toPath().resolve(file), content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(file + " " + content).setAuthor(person()).setCommitter(person()).call();
    }

    private FakeCall call() {
        return new FakeCall(workspace, root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "octo/app").github("sha", third.name()).github("ref", "refs/heads/main");
    }

    private FakeCall run(FakeCall call) throws ActionFailure {
        new CheckoutAction(SourceRepositories.single("octo/app", source)).run(Phase.MAIN, call);
        return call;
    }

    private static int history(Path repository) throws Exception {
        try (Git checkedOut = Git.open(repository.toFile())) {
            return (int) StreamSupport.stream(checkedOut.log().call().spliterator(), false).count();
        }
    }

    private static String head(Path repository) throws Exception {
        try (Git checkedOut = Git.open(repository.toFile())) {
            return checkedOut.getRepository().exactRef(Constants.HEAD).getObjectId().name();
        }
    }

    @Test
    void theRunsCommitIsCheckedOutShallowByDefault() throws Exception {
        FakeCall call = run(call());
        assertThat(call.outputs).containsEntry("commit", third.name()).containsEntry("ref", "refs/heads/main");
        assertThat(workspace.resolve("a.txt")).hasContent("three");
        assertThat(head(workspace)).isEqualTo(third.name());
        assertThat(history(workspace)).isEqualTo(1);
        assertThat(workspace.resolve(".git/shallow")).exists();
        try (Git checkedOut = Git.open(workspace.toFile())) {
            assertThat(checkedOut.getRepository().exactRef(Constants.HEAD).isSymbolic()).as("detached").isFalse();
        }
    }

    @Test
    void refsByBranchTagAndSha() throws Exception {
        assertThat(run(call().with("ref", "feature").with("path", "f")).outputs)
                .containsEntry("ref", "refs/heads/feature").containsEntry("commit", feature.name());
        assertThat(workspace.resolve("f/b.txt")).hasContent("feature");
        assertThat(run(call().with("ref", "v1").with("path", "t")).outputs)
                .containsEntry("ref", "refs/tags/v1").containsEntry("commit", second.name());
        assertThat(workspace.resolve("t/a.txt")).hasContent("two");
        assertThat(run(call().with("ref", first.name()).with("path", "s")).outputs)
                .containsEntry("ref", first.name()).containsEntry("commit", first.name());
        assertThat(workspace.resolve("s/a.txt")).hasContent("one");
        assertThat(history(workspace.resolve("s"))).isEqualTo(1);
        assertThat(run(call().with("ref", first.name().substring(0, 10)).with("path", "short")).outputs)
                .containsEntry("commit", first.name());
        assertThat(run(call().with("ref", "refs/heads/main").with("path", "full")).outputs)
                .containsEntry("commit", third.name());
    }

    @Test
    void fetchDepthZeroFetchesAllHistoryBranchesAndTags() throws Exception {
        run(call().with("fetch-depth", "0"));
        assertThat(history(workspace)).isEqualTo(3);
        assertThat(workspace.resolve(".git/shallow")).doesNotExist();
        try (Git checkedOut = Git.open(workspace.toFile())) {
            assertThat(checkedOut.getRepository().exactRef("refs/remotes/origin/feature").getObjectId())
                    .isEqualTo(feature.getId());
            assertThat(checkedOut.getRepository().exactRef("refs/tags/v1")).isNotNull();
        }
    }

    @Test
    void fetchDepthTwoAndBadDepths() throws Exception {
        run(call().with("fetch-depth", "2"));
        assertThat(history(workspace)).isEqualTo(2);
        run(call().with("fetch-depth", "0"));
        assertThat(history(workspace)).as("a later full fetch unshallows").isEqualTo(3);
        assertThatThrownBy(() -> run(call().with("fetch-depth", "deep")))
                .hasMessage("actions/checkout: fetch-depth 'deep' is not a number of commits (0 for all history)");
    }

    @Test
    void cleanResetsAnExistingCheckout() throws Exception {
        run(call());
        Files.writeString(workspace.resolve("a.txt"), "changed");
        Files.writeString(workspace.resolve("stray.txt"), "left over");
        Files.createDirectories(workspace.resolve("build/out"));
        run(call().with("clean", "false"));
        assertThat(workspace.resolve("a.txt")).hasContent("three");
        assertThat(workspace.resolve("stray.txt")).as("kept with clean: false").exists();
        run(call());
        assertThat(workspace.resolve("stray.txt")).doesNotExist();
        assertThat(workspace.resolve("build")).doesNotExist();
        assertThat(workspace.resolve("a.txt")).hasContent("three");
    }

    @Test
    void aFolderThatIsNoRepositoryIsEmptiedFirst() throws Exception {
        Files.writeString(workspace.resolve("old.txt"), "old");
        run(call());
        assertThat(workspace.resolve("old.txt")).doesNotExist();
        assertThat(workspace.resolve("a.txt")).hasContent("three");
    }

    @Test
    void badInputFailsWithOneSentence() {
        assertThatThrownBy(() -> run(call().with("ref", "nope")))
                .isInstanceOf(ActionFailure.class)
                .hasMessage("actions/checkout: ref 'nope' does not exist in repository octo/app");
        assertThatThrownBy(() -> run(call().with("path", "../elsewhere")))
                .hasMessage("actions/checkout: path '../elsewhere' is outside the workspace " + workspace);
        assertThatThrownBy(() -> run(call().with("repository", "octo/other")))
                .hasMessage("actions/checkout: repository 'octo/other' is not available on this machine");
        assertThatThrownBy(() -> run(call().github("sha", "0".repeat(40))))
                .hasMessage("actions/checkout: ref '%s' does not exist in repository octo/app", "0".repeat(40));
    }

    @Test
    void noCredentialsAreWrittenAndOriginIsTheLocalSource() throws Exception {
        run(call().with("token", "ghp_secret").with("persist-credentials", "true"));
        String config = Files.readString(workspace.resolve(".git/config"));
        assertThat(config).doesNotContain("ghp_secret").doesNotContain("extraheader").doesNotContain("credential");
        try (Git checkedOut = Git.open(workspace.toFile())) {
            assertThat(checkedOut.getRepository().getConfig().getString("remote", "origin", "url"))
                    .isEqualTo(source.resolve(".git").toString());
        }
    }

    @Test
    void unsupportedInputsWarn() throws Exception {
        FakeCall call = run(call().with("lfs", "true").with("sparse-checkout", "src"));
        assertThat(call.warnings).containsExactly(
                "actions/checkout: lfs is not supported here; Git LFS files stay pointer files",
                "actions/checkout: sparse-checkout is not supported here; the whole commit is checked out");
    }

    @Test
    void whenTheWorkspaceIsTheSourceNothingMoves() throws Exception {
        FakeCall call = new FakeCall(source, root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "octo/app").github("sha", third.name()).github("ref", "refs/heads/main");
        Files.writeString(source.resolve("untracked.txt"), "mine");
        run(call);
        assertThat(call.lines).anyMatch(l -> l.startsWith("The workspace already holds " + third.abbreviate(7).name()));
        assertThat(call.outputs).containsEntry("commit", third.name());
        assertThat(source.resolve("untracked.txt")).as("never cleaned").exists();
        assertThat(run(call.with("ref", "main")).outputs).containsEntry("commit", third.name());
        assertThatThrownBy(() -> run(call.with("ref", "feature")))
                .hasMessageStartingWith("actions/checkout: the workspace is the source repository itself, at ")
                .hasMessageContaining("checking out 'feature' there would change your working copy");
        assertThatThrownBy(() -> run(call.with("ref", "feature").with("path", ".git")))
                .hasMessageContaining("holds the source repository");
        Files.createDirectories(source.resolve("src"));
        Files.writeString(source.resolve("src/Main.java"), "class Main {}");
        assertThatThrownBy(() -> run(call.with("ref", "feature").with("path", "src")))
                .hasMessageContaining("already holds files of the source repository");
        assertThat(source.resolve("src/Main.java")).exists();
        run(call.with("ref", "feature").with("path", "other"));
        assertThat(source.resolve("other/b.txt")).hasContent("feature");
        assertThat(head(source)).isEqualTo(third.name());
    }

    @Test
    void aPlainFolderBeingRunIsItsOwnCheckoutButNothingElseCanComeFromIt() throws Exception {
        Path plain = Files.createDirectories(root.resolve("plain"));
        Files.writeString(plain.resolve("file.txt"), "kept");
        FakeCall call = new FakeCall(plain, root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "local/plain");
        new CheckoutAction(SourceRepositories.single("local/plain", plain)).run(Phase.MAIN, call);
        assertThat(call.lines).anyMatch(l -> l.contains("which is not a git repository; it already holds the files"));
        assertThat(plain.resolve("file.txt")).hasContent("kept");
        assertThatThrownBy(() -> new CheckoutAction(SourceRepositories.single("local/plain", plain))
                .run(Phase.MAIN, call.with("path", "sub")))
                .hasMessageContaining("is not a git repository (the source of local/plain)");
    }

    @Test
    void anotherRepositoryDefaultsToItsHeadAndBareSourcesWork() throws Exception {
        Path bare = root.resolve("lib.git");
        Git.cloneRepository().setURI(source.toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        SourceRepositories sources = SourceRepositories.of(java.util.Map.of("octo/app", source, "octo/lib", bare));
        FakeCall call = call().with("repository", "octo/lib").with("path", "lib");
        new CheckoutAction(sources).run(Phase.MAIN, call);
        assertThat(call.outputs).containsEntry("ref", "refs/heads/main").containsEntry("commit", third.name());
        assertThat(workspace.resolve("lib/a.txt")).hasContent("three");
    }

    @Test
    void otherPhasesDoNothing() throws Exception {
        FakeCall call = call().with("ref", "nope");
        new CheckoutAction(SourceRepositories.NONE).run(Phase.POST, call);
        assertThat(call.outputs).isEmpty();
        assertThat(List.of(workspace.toFile().list())).isEmpty();
    }
}
