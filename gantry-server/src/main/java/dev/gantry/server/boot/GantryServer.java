package dev.gantry.server.boot;

import dev.gantry.server.agent.AgentModule;
import dev.gantry.server.agent.AgentSettings;
import dev.gantry.server.agent.LeaseReaper;
import dev.gantry.server.hook.WebhookRoutes;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.run.AgentJobs;
import dev.gantry.server.run.QueueSignal;
import dev.gantry.server.schedule.ScheduleRegistry;
import dev.gantry.server.schedule.ScheduleTicker;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.StoreUnavailableException;
import dev.gantry.server.store.TokenStore;
import dev.gantry.server.trigger.EventSink;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A running server: its database, open and migrated, its HTTP API (with the webhook and agent routes), the lease
 * reaper and the schedule ticker. {@link #start} returns once health answers 200; {@link #close} stops HTTP
 * first, then the reaper and the ticker, then closes the database. Thread-safe to close from a shutdown hook.
 */
public final class GantryServer implements AutoCloseable {

    private final Database db;
    private final ApiServer api;
    private final LeaseReaper reaper;
    private final ScheduleTicker ticker;
    private final ScheduleRegistry schedules;
    private final String host;
    private final Object closing = new Object();
    private boolean closed;

    private GantryServer(Database db, ApiServer api, LeaseReaper reaper, ScheduleTicker ticker, String host) {
        this.db = db;
        this.api = api;
        this.reaper = reaper;
        this.ticker = ticker;
        this.schedules = new ScheduleRegistry(db, ticker::wake);
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
        return start(config, err, new LoggingEventSink());
    }

    /** As {@link #start(ServerConfig, PrintWriter)}, handing webhook and schedule events to {@code sink}. */
    public static GantryServer start(ServerConfig config, PrintWriter err, EventSink sink)
            throws StoreUnavailableException {
        return start(config, err, sink, NO_RUNS, new QueueSignal(), AgentSettings.defaults());
    }

    /**
     * Starts the server with the agent protocol over {@code agentJobs} and {@code signal} (the run coordinator's),
     * the lease reaper that fails the jobs of lost agents, and webhook and schedule events handed to {@code sink}.
     */
    public static GantryServer start(ServerConfig config, PrintWriter err, EventSink sink, AgentJobs agentJobs,
                                     QueueSignal signal, AgentSettings agents) throws StoreUnavailableException {
        Clock clock = Clock.systemUTC();
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
            ApiServer api = ApiServer.start(db, config.host(), config.port(),
                    List.of(AgentModule.over(db, agentJobs, signal, agents), new WebhookRoutes(db, sink, clock)));
            LeaseReaper reaper = LeaseReaper.start(new JobQueue(db), agentJobs, signal, agents);
            ScheduleTicker ticker = ScheduleTicker.start(db, sink, config.missedSchedules(), clock);
            return new GantryServer(db, api, reaper, ticker, config.host());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Until the run coordinator is wired in: no job has a spec, none is cancelled, completions go nowhere. */
    private static final AgentJobs NO_RUNS = new AgentJobs() {
        @Override
        public Optional<dev.gantry.api.agent.JobSpec> spec(dev.gantry.server.store.Ids.JobId job) {
            return Optional.empty();
        }

        @Override
        public boolean cancelRequested(dev.gantry.server.store.Ids.JobId job) {
            return false;
        }

        @Override
        public void completed(dev.gantry.server.store.Ids.JobId job) {
        }
    };

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

    /** The cron entries of the repositories' workflows (synced by the intake on pushes to a default branch). */
    public ScheduleRegistry schedules() {
        return schedules;
    }

    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                api.close();
                reaper.close();
                ticker.close();
            } finally {
                db.close();
            }
        }
    }
}
