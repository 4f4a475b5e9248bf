package dev.gantry.server.boot;

import dev.gantry.server.git.GitHosting;
import dev.gantry.server.git.PushListener;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.StoreUnavailableException;
import dev.gantry.server.store.TokenStore;

import java.io.PrintWriter;
import java.util.List;

/**
 * A running server: its database, open and migrated, its HTTP API with hosted git at {@code /git/OWNER/NAME.git},
 * and the poller of repositories registered by URL. {@link #start} returns once health answers 200; {@link #close}
 * stops the poller and HTTP first, then closes the database. Thread-safe to close from a shutdown hook.
 */
public final class GantryServer implements AutoCloseable {

    private final Database db;
    private final GitHosting git;
    private final ApiServer api;
    private final String host;
    private final Object closing = new Object();
    private boolean closed;

    private GantryServer(Database db, GitHosting git, ApiServer api, String host) {
        this.db = db;
        this.git = git;
        this.api = api;
        this.host = host;
    }

    /**
     * Opens the database, ensures an admin token (a generated one is printed once to {@code err}, with how to use
     * it), and starts the API. Blocks until ready.
     *
     * @throws StoreUnavailableException when the database cannot be opened or migrated (one sentence)
     * @throws IllegalStateException     when the port cannot be bound (the database is closed again)
     */
    public static GantryServer start(ServerConfig config, PrintWriter err) throws StoreUnavailableException {
        Database db = Database.open(StoreLocation.of(config.dbUrl(), config.dataDir()));
        try {
            switch (AdminToken.ensure(new TokenStore(db), config.adminToken())) {
                case AdminToken.Outcome.Generated g -> {
                    err.println("Generated the admin token (shown only this once; "
                            + ServerConfig.ADMIN_TOKEN_VARIABLE + " sets one instead):");
                    err.println("  " + g.token());
                    err.flush();
                }
                case AdminToken.Outcome.Given g -> { }
                case AdminToken.Outcome.Existing e -> { }
            }
            // Hosted git and the poller of repositories registered by URL; pushes go nowhere until the run intake
            // is wired in here as the PushListener.
            GitHosting git = new GitHosting(config.dataDir(), db, PushListener.NONE);
            ApiServer api = ApiServer.start(db, config.host(), config.port(), List.of(git.module()));
            git.startPolling();
            return new GantryServer(db, git, api, config.host());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return api.port();
    }

    /** {@code http://HOST:PORT}, where it listens. */
    public String url() {
        return "http://" + host + ":" + port();
    }

    /** Where the data lives, safe to print. */
    public String database() {
        return db.description();
    }

    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                git.close();
                api.close();
            } finally {
                db.close();
            }
        }
    }
}
