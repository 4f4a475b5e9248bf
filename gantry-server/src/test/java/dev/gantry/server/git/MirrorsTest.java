package dev.gantry.server.git;

import dev.gantry.engine.event.Revision;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Mirrors of repositories registered by URL, fetched from a {@code file://} repository made by the real git. */
class MirrorsTest {

    @TempDir
    Path temp;

    private GitCli git;
    private Path upstream;
    private Database db;
    private RepositoryStore store;
    private Mirrors mirrors;
    private Repository mirror;

    @BeforeEach
    void setUp() throws Exception {
        git = new GitCli(temp.resolve("home"));
        git.run(temp, "init", "upstream").ok();
        upstream = temp.resolve("upstream");
        commit("README.md", "one\n", "one");
        Path data = Files.createDirectories(temp.resolve("data"));
        db = Database.open(new StoreLocation.Embedded(data));
        store = new RepositoryStore(db);
        mirror = ((RepositoryStore.Creation.Created) store.create(new NewRepository("acme", "upstream",
                new Repository.Source.Remote(upstream.toUri().toString()), "trunk"))).repository();
        mirrors = new Mirrors(new HostedRepositories(data));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String commit(String path, String text, String message) throws Exception {
        GitCli.write(upstream, path, text);
        git.run(upstream, "add", "-A").ok();
        git.run(upstream, "commit", "-m", message).ok();
        return git.run(upstream, "rev-parse", "HEAD").ok().trimmed();
    }

    private List<RefChange> fetched() {
        Mirrors.Outcome outcome = mirrors.fetch(mirror);
        assertThat(outcome).isInstanceOf(Mirrors.Outcome.Fetched.class);
        return ((Mirrors.Outcome.Fetched) outcome).changes();
    }

    @Test
    void aSecondFetchSeesNewCommitsTagsAndDeletions() throws Exception {
        String one = git.run(upstream, "rev-parse", "HEAD").ok().trimmed();
        git.run(upstream, "branch", "topic").ok();
        assertThat(fetched()).containsExactlyInAnyOrder(
                new RefChange("refs/heads/main", Revision.ZERO_SHA, one),
                new RefChange("refs/heads/topic", Revision.ZERO_SHA, one));
        assertThat(fetched()).isEmpty();

        String two = commit("README.md", "two\n", "two");
        git.run(upstream, "tag", "v2").ok();
        git.run(upstream, "branch", "-D", "topic").ok();
        assertThat(fetched()).containsExactlyInAnyOrder(
                new RefChange("refs/heads/main", one, two),
                new RefChange("refs/tags/v2", Revision.ZERO_SHA, two),
                new RefChange("refs/heads/topic", one, Revision.ZERO_SHA));

        try (org.eclipse.jgit.lib.Repository copy = new HostedRepositories(temp.resolve("data")).open(mirror);
             CommitSource source = new CommitSource(copy, "main", "unused")) {
            assertThat(source.head().orElseThrow().commit().sha()).isEqualTo(two);
            assertThat(source.defaultBranch()).hasValue("main");
        }
    }

    @Test
    void aFailedFetchIsAnOutcomeNamingTheRepository() {
        Repository gone = ((RepositoryStore.Creation.Created) store.create(new NewRepository("acme", "gone",
                new Repository.Source.Remote(temp.resolve("missing").toUri().toString()), "main"))).repository();
        Mirrors.Outcome outcome = mirrors.fetch(gone);
        assertThat(outcome).isInstanceOf(Mirrors.Outcome.Failed.class);
        assertThat(((Mirrors.Outcome.Failed) outcome).problem()).startsWith("Fetching acme/gone from file:");
    }

    @Test
    void thePollerHandsNewCommitsToTheListenerAndSurvivesFailures() throws Exception {
        store.create(new NewRepository("acme", "broken",
                new Repository.Source.Remote(temp.resolve("missing").toUri().toString()), "main"));
        store.create(new NewRepository("acme", "hosted", new Repository.Source.Hosted(), "main"));
        LinkedBlockingQueue<List<RefChange>> heard = new LinkedBlockingQueue<>();
        PushListener listener = (repository, changes, pusher) -> {
            assertThat(repository.fullName()).isEqualTo("acme/upstream");
            assertThat(pusher).isEqualTo(RepositoryPoller.PUSHER);
            heard.add(changes);
        };
        try (RepositoryPoller poller = new RepositoryPoller(store, mirrors, listener, Duration.ofMillis(50))) {
            assertThat(poller.pollOnce()).isEqualTo(1);
            assertThat(heard.poll()).hasSize(1);
            assertThat(poller.pollOnce()).isZero();

            poller.start();
            String two = commit("README.md", "two\n", "two");
            List<RefChange> changes = heard.poll(2, TimeUnit.MINUTES);
            assertThat(changes).isNotNull();
            assertThat(changes.getFirst().after()).isEqualTo(two);
        }
        assertThat(Files.exists(temp.resolve("data/git/acme/hosted.git"))).isFalse();
    }
}
