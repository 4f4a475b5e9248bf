package dev.gantry.runner.builtin.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.runner.action.BuiltinAction.Phase;
import dev.gantry.runner.builtin.setup.FakeCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submodules whose sources are on this machine are checked out; one only on a server gives a warning. */
class CheckoutSubmodulesTest {

    @TempDir
    Path root;

    private static final PersonIdent ME = new PersonIdent("Test", "test@example.com");

    private static RevCommit commit(Git git, String file, String content) throws Exception {
        Files.writeString(git.getRepository().getWorkTree().toPath().resolve(file), content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(file).setAuthor(ME).setCommitter(ME).call();
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString(),
                "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void localSubmodulesAreCheckedOutAndNetworkOnesWarn() throws Exception {
        Path lib = root.resolve("lib");
        Path app = root.resolve("app");
        RevCommit libCommit;
        try (Git libGit = Git.init().setDirectory(lib.toFile()).setInitialBranch("main").call()) {
            libCommit = commit(libGit, "lib.txt", "library");
        }
        RevCommit appCommit;
        try (Git appGit = Git.init().setDirectory(app.toFile()).setInitialBranch("main").call()) {
            commit(appGit, "app.txt", "application");
            git(app, "submodule", "add", "../lib", "vendor/lib");
            // A second submodule whose only source is a server: recorded in the index, never cloned here.
            git(app, "update-index", "--add", "--cacheinfo", "160000," + libCommit.name() + ",remote");
            git(app, "config", "-f", ".gitmodules", "submodule.remote.path", "remote");
            git(app, "config", "-f", ".gitmodules", "submodule.remote.url", "https://example.invalid/remote.git");
            git(app, "add", ".gitmodules");
            git(app, "commit", "-q", "-m", "submodules");
            appCommit = appGit.log().setMaxCount(1).call().iterator().next();
        }
        Path workspace = root.resolve("workspace");
        Files.createDirectories(workspace);
        FakeCall call = new FakeCall(workspace, root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "octo/app").github("sha", appCommit.name()).with("submodules", "true");
        new CheckoutAction(SourceRepositories.single("octo/app", app)).run(Phase.MAIN, call);

        assertThat(workspace.resolve("app.txt")).hasContent("application");
        assertThat(workspace.resolve("vendor/lib/lib.txt")).hasContent("library");
        assertThat(call.warnings).containsExactly("actions/checkout: submodule 'remote'"
                + " (https://example.invalid/remote.git) has no source on this machine and was not checked out");

        FakeCall without = new FakeCall(root.resolve("ws2"), root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "octo/app").github("sha", appCommit.name());
        new CheckoutAction(SourceRepositories.single("octo/app", app)).run(Phase.MAIN, without);
        assertThat(root.resolve("ws2/vendor/lib/lib.txt")).doesNotExist();
    }

    @Test
    void aLinkedWorktreeIsASource() throws Exception {
        Path main = root.resolve("main");
        RevCommit commit;
        try (Git git = Git.init().setDirectory(main.toFile()).setInitialBranch("main").call()) {
            commit = commit(git, "a.txt", "main");
        }
        Path linked = root.resolve("linked");
        git(main, "worktree", "add", "-q", "-b", "topic", linked.toString());
        Path workspace = root.resolve("workspace");
        FakeCall call = new FakeCall(workspace, root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "octo/app").github("sha", commit.name()).with("ref", "topic");
        new CheckoutAction(SourceRepositories.single("octo/app", linked)).run(Phase.MAIN, call);
        assertThat(call.outputs).containsEntry("commit", commit.name()).containsEntry("ref", "refs/heads/topic");
        assertThat(workspace.resolve("a.txt")).hasContent("main");

        FakeCall inPlace = new FakeCall(linked, root.resolve("temp"), root.resolve("tool-cache"))
                .github("repository", "octo/app").github("sha", commit.name());
        new CheckoutAction(SourceRepositories.single("octo/app", linked)).run(Phase.MAIN, inPlace);
        assertThat(inPlace.lines).anyMatch(l -> l.startsWith("The workspace already holds"));
    }
}
