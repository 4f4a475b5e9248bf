package dev.gantry.server.git;

import dev.gantry.engine.event.Event;
import dev.gantry.server.http.ApiModule;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.AgentStore;
import dev.gantry.server.store.PendingPushStore;
import dev.gantry.server.store.TokenStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Git on the server, put together: the bare repositories under {@code <data dir>/git}, the smart HTTP
 * {@link #module() routes} to register with the API server, mirrors of repositories registered by URL and their
 * {@link #startPolling poller}, and the readers that turn a ref change into an event. Every push and every poll
 * that moved refs goes to the one {@link PushListener} given here.
 *
 * <p>Thread-safe. {@link #close} stops the poller; the routes stop with the API server.
 */
public final class GitHosting implements AutoCloseable {

    private final HostedRepositories disk;
    private final RepositoryStore repositories;
    private final GitRoutes routes;
    private final Mirrors mirrors;
    private final RepositoryPoller poller;

    /**
     * @param dataDir  the server's data folder; repositories go to its {@code git} folder
     * @param db       where repositories and tokens are registered
     * @param listener told about every push and every poll that moved refs
     * @param interval how often repositories registered by URL are fetched
     */
    public GitHosting(Path dataDir, Database db, PushListener listener, Duration interval) {
        Objects.requireNonNull(listener, "listener");
        this.disk = new HostedRepositories(dataDir);
        this.repositories = new RepositoryStore(db);
        this.routes = new GitRoutes(disk, repositories, new TokenStore(db), new AgentStore(db),
                new PushJournal(new PendingPushStore(db)), listener);
        this.mirrors = new Mirrors(disk);
        this.poller = new RepositoryPoller(repositories, mirrors, listener, interval);
    }

    /** Polling at {@link RepositoryPoller#DEFAULT_INTERVAL}. */
    public GitHosting(Path dataDir, Database db, PushListener listener) {
        this(dataDir, db, listener, RepositoryPoller.DEFAULT_INTERVAL);
    }

    /** The routes of {@code /git/OWNER/NAME.git}, for {@code ApiServer.start}. */
    public ApiModule module() {
        return routes;
    }

    /** Starts fetching the repositories registered by URL, at once and then every interval. */
    public void startPolling() {
        poller.start();
    }

    /** The bare repositories on disk (open one to read commits or workflow files). */
    public HostedRepositories repositories() {
        return disk;
    }

    /** Fetching repositories registered by URL on demand (a webhook arrived, say). */
    public Mirrors mirrors() {
        return mirrors;
    }

    /**
     * The push event of {@code change} in {@code repository}: see {@link PushEvents}. {@code serverUrl} is where
     * the server listens ({@code http://HOST:PORT}), from which a hosted repository's clone URL is made.
     *
     * @throws IOException when the repository's git data cannot be read
     */
    public Event pushEvent(Repository repository, RefChange change, String pusher, String serverUrl)
            throws IOException {
        return new PushEvents(disk).of(repository, change, pusher, cloneUrl(serverUrl, repository));
    }

    /**
     * The workflow files of {@code repository} at commit {@code sha}; a repository that was never pushed to has
     * no commits.
     *
     * @throws IOException when the repository's git data cannot be read
     */
    public WorkflowFiles.Listing workflows(Repository repository, String sha) throws IOException {
        try (org.eclipse.jgit.lib.Repository git = disk.open(repository)) {
            return WorkflowFiles.at(git, sha);
        }
    }

    /**
     * Where {@code repository} is cloned from: {@code SERVER/git/OWNER/NAME.git} for a hosted one, its URL for one
     * registered by URL.
     */
    public static String cloneUrl(String serverUrl, Repository repository) {
        return switch (repository.source()) {
            case Repository.Source.Hosted hosted -> stripSlash(serverUrl) + "/git/" + repository.fullName() + ".git";
            case Repository.Source.Remote remote -> remote.url();
        };
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() {
        poller.close();
    }
}
