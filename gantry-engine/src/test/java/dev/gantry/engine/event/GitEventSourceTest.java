package dev.gantry.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.filter.ChangedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real repository made with JGit: main has two commits (c1 adds README.md and src/app.txt, c2 changes
 * src/app.txt and adds docs/guide.md); feature branches off c1 with c3 (adds lib/x.txt).
 */
class GitEventSourceTest {

    @TempDir
    Path dir;

    private Git git;
    private RevCommit c1;
    private RevCommit c2;
    private RevCommit c3;

    @BeforeEach
    void repository() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write("README.md", "hello");
        write("src/app.txt", "1");
        c1 = commit("Initial commit");
        write("src/app.txt", "2");
        write("docs/guide.md", "guide");
        c2 = commit("Change the app\n\nAnd document it.");
        git.checkout().setCreateBranch(true).setName("feature").setStartPoint(c1).call();
        write("lib/x.txt", "x");
        c3 = commit("Add x");
        git.checkout().setName("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", "origin", "url", "git@github.com:octo-org/demo.git");
        config.save();
    }

    @AfterEach
    void close() {
        git.close();
    }

    @Test
    void headIsTheCheckedOutCommitWithItsBranchAndParent() {
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            SourceRepository.Head head = source.head().orElseThrow();

            assertThat(head.commit().sha()).isEqualTo(c2.name());
            assertThat(head.commit().message()).isEqualTo("Change the app\n\nAnd document it.");
            assertThat(head.commit().author()).isEqualTo(new Person("Alice Example", "alice@example.com"));
            assertThat(head.branch()).contains("main");
            assertThat(head.parent()).contains(c1.name());
            assertThat(head.tags()).isEmpty();
            assertThat(source.folderName()).isEqualTo(dir.getFileName().toString());
            assertThat(source.remoteUrl()).contains("git@github.com:octo-org/demo.git");
            assertThat(source.defaultBranch()).contains("main");
        }
    }

    @Test
    void aSubfolderFindsTheRepositoryAbove() throws IOException {
        try (GitEventSource source = GitEventSource.open(dir.resolve("src")).orElseThrow()) {
            assertThat(source.head()).map(h -> h.commit().sha()).contains(c2.name());
        }
    }

    @Test
    void detachedHeadHasNoBranchButItsTags() throws GitAPIException {
        git.tag().setName("v1.0").setObjectId(c1).setAnnotated(true).setMessage("release").call();
        git.checkout().setName(c1.name()).call();
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            SourceRepository.Head head = source.head().orElseThrow();

            assertThat(head.branch()).isEmpty();
            assertThat(head.tags()).containsExactly("v1.0");
            assertThat(head.parent()).isEmpty();
        }
    }

    @Test
    void diffsByKindOfChange() {
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            assertThat(source.diff(c1.name(), c2.name()))
                    .contains(new Diff(List.of("docs/guide.md"), List.of(), List.of("src/app.txt")));
            assertThat(source.diff(Revision.ZERO_SHA, c1.name()))
                    .contains(new Diff(List.of("README.md", "src/app.txt"), List.of(), List.of()));
            assertThat(source.diff(c2.name(), c1.name()))
                    .contains(new Diff(List.of(), List.of("docs/guide.md"), List.of("src/app.txt")));
            assertThat(source.diff("1234567890123456789012345678901234567890", c1.name())).isEmpty();
            assertThat(source.diff("not a sha", c1.name())).isEmpty();
        }
    }

    @Test
    void pullRequestDiffStartsAtTheMergeBase() {
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            assertThat(source.diffFromMergeBase("main", c3.name()))
                    .contains(new Diff(List.of("lib/x.txt"), List.of(), List.of()));
            assertThat(source.diffFromMergeBase("no-such-branch", c3.name())).isEmpty();
        }
    }

    @Test
    void pushFromTheRepositoryIsShapedLikeGitHubs() {
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            Push push = (Push) new EventBuilder(source).build("push");

            assertThat(push.revision()).isEqualTo(new Revision(c2.name(), "refs/heads/main"));
            assertThat(push.before()).isEqualTo(c1.name());
            assertThat(push.after()).isEqualTo(c2.name());
            assertThat(push.created()).isFalse();
            assertThat(push.actor()).isEqualTo("Alice Example");
            assertThat(push.changes()).isEqualTo(ChangedFiles.of(List.of("docs/guide.md", "src/app.txt")));
            Payload payload = new Payload(push.payload());
            assertThat(payload.string("repository", "full_name")).contains("octo-org/demo");
            assertThat(payload.string("repository", "default_branch")).contains("main");
            assertThat(payload.string("head_commit", "id")).contains(c2.name());
            assertThat(payload.string("head_commit", "author", "email")).contains("alice@example.com");
            assertThat(payload.array("commits")).hasSize(1);
            assertThat(payload.array("head_commit", "added")).extracting(Object::toString).hasSize(1);
            assertThat(payload.string("pusher", "name")).contains("Alice Example");
        }
    }

    @Test
    void pushPayloadFromElsewhereStillUsesTheLocalDiffWhenTheCommitsAreHere() {
        var payload = Payload.with(Payload.with(Webhooks.load("push/with-new-branch.payload.json"),
                "before", new dev.gantry.workflow.expr.Value.Str(c1.name())),
                "after", new dev.gantry.workflow.expr.Value.Str(c2.name()));
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            Push push = (Push) new EventBuilder(source).build("push", payload, Map.of());

            assertThat(push.changes()).isEqualTo(ChangedFiles.of(List.of("docs/guide.md", "src/app.txt")));
            assertThat(push.actor()).isEqualTo("Codertocat");
        }
    }

    @Test
    void localPullRequestMergesTheCheckedOutBranchIntoTheDefaultBranch() throws GitAPIException {
        git.checkout().setName("feature").call();
        try (GitEventSource source = GitEventSource.open(dir).orElseThrow()) {
            PullRequest pr = (PullRequest) new EventBuilder(source).build("pull_request");

            assertThat(pr.base().ref()).isEqualTo("main");
            assertThat(pr.head()).isEqualTo(new PullRequest.Side("feature", c3.name()));
            assertThat(pr.activity()).isEqualTo("opened");
            assertThat(pr.headMessage()).contains("Add x");
            assertThat(pr.changes()).isEqualTo(ChangedFiles.of(List.of("lib/x.txt")));
            assertThat(pr.revision()).isEqualTo(new Revision(c3.name(), "refs/pull/0/merge"));
        }
    }

    @Test
    void aPlainFolderIsNoRepository(@TempDir Path plain) {
        assertThat(GitEventSource.open(plain)).isEmpty();
        assertThat(GitEventSource.openOrPlain(plain)).isEqualTo(new PlainFolder(plain.getFileName().toString()));
    }

    @Test
    void aRepositoryWithoutCommitsHasNoHead(@TempDir Path empty) throws GitAPIException {
        Git.init().setDirectory(empty.toFile()).call().close();
        try (GitEventSource source = GitEventSource.open(empty).orElseThrow()) {
            assertThat(source.head()).isEmpty();
            Push push = (Push) new EventBuilder(source).build("push");
            assertThat(push.revision().sha()).isEmpty();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        PersonIdent alice = new PersonIdent("Alice Example", "alice@example.com");
        return git.commit().setMessage(message).setAuthor(alice).setCommitter(alice).setSign(false).call();
    }
}
