package dev.gantry.server.git;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.event.Revision;
import dev.gantry.engine.event.SourceRepository;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Repository;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Push events and the commit source over a repository made by the real git program. */
class PushEventsTest {

    private static final String CLONE_URL = "http://127.0.0.1:8080/git/acme/web.git";
    private static final Repository ACME_WEB = new Repository(new RepositoryId(1), "acme", "web",
            new Repository.Source.Hosted(), "main", Instant.EPOCH);

    @TempDir
    Path temp;

    private GitCli git;
    private Path work;
    private org.eclipse.jgit.lib.Repository jgit;
    private String first;
    private String second;

    @BeforeEach
    void commits() throws Exception {
        git = new GitCli(temp.resolve("home"));
        git.run(temp, "init", "work").ok();
        work = temp.resolve("work");
        GitCli.write(work, "a.txt", "a\n");
        GitCli.write(work, "b.txt", "b\n");
        git.run(work, "add", "-A").ok();
        git.run(work, "commit", "-m", "first").ok();
        first = git.run(work, "rev-parse", "HEAD").ok().trimmed();
        GitCli.write(work, "a.txt", "a2\n");
        GitCli.write(work, "docs/c.md", "c\n");
        git.run(work, "rm", "-q", "b.txt").ok();
        git.run(work, "add", "-A").ok();
        git.run(work, "commit", "-m", "second\n\n[skip ci] maybe").ok();
        second = git.run(work, "rev-parse", "HEAD").ok().trimmed();
        jgit = HostedRepositories.openExisting(work.resolve(".git"));
    }

    @AfterEach
    void close() {
        jgit.close();
    }

    @Test
    void aNewBranchListsEveryCommitWithItsOwnFiles() throws Exception {
        Event event = PushEvents.of(jgit, ACME_WEB, new RefChange("refs/heads/main", Revision.ZERO_SHA, second),
                "robot", CLONE_URL);

        Push push = (Push) event;
        assertThat(push.ref()).isEqualTo("refs/heads/main");
        assertThat(push.created()).isTrue();
        assertThat(push.deleted()).isFalse();
        assertThat(push.revision()).isEqualTo(new Revision(second, "refs/heads/main"));
        assertThat(push.commits()).extracting(c -> c.sha()).containsExactly(first, second);
        assertThat(push.headCommit()).hasValueSatisfying(c -> assertThat(c.message()).startsWith("second"));
        assertThat(push.changes()).isEqualTo(ChangedFiles.of(List.of("a.txt", "docs/c.md")));
        assertThat(push.pusher()).isEqualTo("robot");

        List<Value> commits = ((Value.Arr) push.payload().members().get("commits")).items();
        assertThat(files(commits.get(0))).isEqualTo("added=[a.txt, b.txt] removed=[] modified=[]");
        assertThat(files(commits.get(1))).isEqualTo("added=[docs/c.md] removed=[b.txt] modified=[a.txt]");
        assertThat(files(push.payload().members().get("head_commit")))
                .isEqualTo("added=[docs/c.md] removed=[b.txt] modified=[a.txt]");
        Value.Obj repository = (Value.Obj) push.payload().members().get("repository");
        assertThat(repository.members().get("full_name")).isEqualTo(new Value.Str("acme/web"));
        assertThat(repository.members().get("clone_url")).isEqualTo(new Value.Str(CLONE_URL));
        assertThat(push.payload().members().get("forced")).isEqualTo(Value.FALSE);
        assertThat(push.payload().members().get("sender")).isEqualTo(new Value.Obj(Map.of(
                "login", new Value.Str("robot"), "type", new Value.Str("User"))));
    }

    @Test
    void anUpdateListsOnlyTheNewCommitsAndAForcePushIsForced() throws Exception {
        Push update = (Push) PushEvents.of(jgit, ACME_WEB, new RefChange("refs/heads/main", first, second),
                "robot", CLONE_URL);
        assertThat(update.commits()).extracting(c -> c.sha()).containsExactly(second);
        assertThat(update.forced()).isFalse();
        assertThat(update.changes()).isEqualTo(ChangedFiles.of(List.of("docs/c.md", "b.txt", "a.txt")));

        Push rewind = (Push) PushEvents.of(jgit, ACME_WEB, new RefChange("refs/heads/main", second, first),
                "robot", CLONE_URL);
        assertThat(rewind.forced()).isTrue();
        assertThat(rewind.commits()).isEmpty();
    }

    @Test
    void deletingABranchIsADeletedPushWithoutCommits() throws Exception {
        Push deleted = (Push) PushEvents.of(jgit, ACME_WEB, new RefChange("refs/heads/topic", second,
                Revision.ZERO_SHA), "robot", CLONE_URL);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.commits()).isEmpty();
        assertThat(deleted.headCommit()).isEmpty();
        assertThat(deleted.payload().members().get("head_commit")).isEqualTo(Value.NULL);
        assertThat(deleted.changes()).isEqualTo(ChangedFiles.of(List.of()));
    }

    @Test
    void aTagPushHasNoCommitsAndTheTaggedHeadCommit() throws Exception {
        git.run(work, "tag", "v1", first).ok();
        Push tag = (Push) PushEvents.of(jgit, ACME_WEB, new RefChange("refs/tags/v1", Revision.ZERO_SHA, first),
                "robot", CLONE_URL);
        assertThat(tag.commits()).isEmpty();
        assertThat(tag.headCommit()).hasValueSatisfying(c -> assertThat(c.sha()).isEqualTo(first));
    }

    @Test
    void theCommitSourceFollowsItsPin() throws Exception {
        git.run(work, "tag", "-a", "-m", "release", "v2", second).ok();
        git.run(work, "branch", "topic", first).ok();
        try (CommitSource byBranch = new CommitSource(jgit, "topic", CLONE_URL);
             CommitSource byTag = new CommitSource(jgit, "refs/tags/v2", CLONE_URL);
             CommitSource bySha = new CommitSource(jgit, second, CLONE_URL);
             CommitSource missing = new CommitSource(jgit, "nope", CLONE_URL)) {
            SourceRepository.Head topic = byBranch.head().orElseThrow();
            assertThat(topic.commit().sha()).isEqualTo(first);
            assertThat(topic.branch()).hasValue("topic");
            assertThat(topic.parent()).isEmpty();

            SourceRepository.Head v2 = byTag.head().orElseThrow();
            assertThat(v2.commit().sha()).isEqualTo(second);
            assertThat(v2.branch()).isEmpty();
            assertThat(v2.tags()).containsExactly("v2");
            assertThat(v2.parent()).hasValue(first);

            assertThat(bySha.head().orElseThrow().commit().author().email()).isEqualTo("mona@example.com");
            assertThat(missing.head()).isEmpty();
            assertThat(bySha.defaultBranch()).hasValue("main");
            assertThat(bySha.remoteUrl()).hasValue(CLONE_URL);
            assertThat(bySha.diff(Revision.ZERO_SHA, first).orElseThrow().added()).containsExactly("a.txt", "b.txt");
            assertThat(bySha.diffFromMergeBase("topic", second).orElseThrow().modified()).containsExactly("a.txt");
            assertThat(bySha.commit("0123456789012345678901234567890123456789")).isEmpty();
        }
        assertThat(jgit.resolve("HEAD").name()).isEqualTo(second);
    }

    private static String files(Value commit) {
        Value.Obj obj = (Value.Obj) commit;
        return "added=" + texts(obj, "added") + " removed=" + texts(obj, "removed") + " modified=" + texts(obj, "modified");
    }

    private static List<String> texts(Value.Obj obj, String key) {
        return ((Value.Arr) obj.members().get(key)).items().stream().map(v -> ((Value.Str) v).value()).toList();
    }
}
