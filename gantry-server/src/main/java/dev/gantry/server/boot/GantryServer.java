package dev.gantry.server.boot;

import dev.gantry.server.agent.AgentModule;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.agent.AgentSettings;
import dev.gantry.server.agent.LeaseReaper;
import dev.gantry.server.git.GitContent;
import dev.gantry.server.git.GitHosting;
import dev.gantry.server.git.PushIntake;
import dev.gantry.server.git.PushListener;
import dev.gantry.server.git.PushRecovery;
import dev.gantry.server.hook.WebhookRoutes;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.http.AuditRoutes;
import dev.gantry.server.http.LogFollowRoutes;
import dev.gantry.server.http.RunControlRoutes;
import dev.gantry.server.http.SecretRoutes;
import dev.gantry.server.run.LogRetention;
import dev.gantry.server.run.QueueSignal;
import dev.gantry.server.run.RunCoordinator;
import dev.gantry.server.schedule.ScheduleRegistry;
import dev.gantry.server.schedule.ScheduleTicker;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.store.AgentStore;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.PendingPushStore;
import dev.gantry.server.store.RegisteredAgent;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.StoreUnavailableException;
import dev.gantry.server.store.TokenStore;
import dev.gantry.server.trigger.RunIntake;
import dev.gantry.server.trigger.ServerRunControl;
import dev.gantry.server.trigger.WorkflowRunChains;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A running server, composed: its database (open and migrated), hosted git and the poller of repositories
 * registered by URL, the run intake and coordinator, the agent protocol with its lease reaper, webhooks, the
 * schedule ticker, run control and live logs, all behind one HTTP API. {@link #start} returns once health
 * answers 200 and every unfinished run has been handed to the coordinator; {@link #close} stops HTTP first, then
 * the background threads, then closes the database. Thread-safe to close from a shutdown hook.
 *
 * <p>Jobs held by the {@link #BUILT_IN_AGENT built-in agent} when the server starts were running in the process
 * that stopped: they are failed with the reason "server restarted" before the coordinator picks their runs up.
 */
public final class GantryServer implements AutoCloseable {

    /** The name the command line's in-process agent registers under. */
    public static final String BUILT_IN_AGENT = "built-in";
    static final String RESTARTED = "server restarted: the built-in agent running the job stopped with it";

    private final Database db;
    private final GitHosting git;
    private final ApiServer api;
    private final RunCoordinator coordinator;
    private final LeaseReaper reaper;
    private final ScheduleTicker ticker;
    private final LogRetention retention;
    private final ScheduleRegistry schedules;
    private final String host;
    private final Object closing = new Object();
    private boolean closed;

    private GantryServer(Database db, GitHosting git, ApiServer api, RunCoordinator coordinator, LeaseReaper reaper,
                         ScheduleTicker ticker, LogRetention retention, ScheduleRegistry schedules, String host) {
        this.db = db;
        this.git = git;
        this.api = api;
        this.coordinator = coordinator;
        this.reaper = reaper;
        this.ticker = ticker;
        this.retention = retention;
        this.schedules = schedules;
        this.host = host;
    }

    /**
     * Opens the database, ensures an admin token (a generated one is printed once to {@code err}, with how to use
     * it), and starts everything. Blocks until ready. Problems later (a run that cannot be handled, a failed poll)
     * are printed to {@code err}, one line each.
     *
     * @throws StoreUnavailableException when the database cannot be opened or migrated (one sentence)
     * @throws IllegalStateException     when the port cannot be bound (the database is closed again)
     */
    public static GantryServer start(ServerConfig config, PrintWriter err) throws StoreUnavailableException {
        AgentSettings agents = AgentSettings.defaults();
        return start(config, err, config.requeueLostJobs() ? agents.requeueLostJobs() : agents);
    }

    /** As {@link #start(ServerConfig, PrintWriter)}, with the agent protocol's lease settings. */
    public static GantryServer start(ServerConfig config, PrintWriter err, AgentSettings agents)
            throws StoreUnavailableException {
        Clock clock = Clock.systemUTC();
        Database db = Database.open(StoreLocation.of(config.dbUrl(), config.dataDir()));
        GitHosting git = null;
        ApiServer api = null;
        try {
            AuditLog audit = new AuditLog(db);
            switch (AdminToken.ensure(new TokenStore(db), config.adminToken(), audit)) {
                case AdminToken.Outcome.Generated g -> {
                    err.println("Generated the admin token (shown only this once; "
                            + ServerConfig.ADMIN_TOKEN_VARIABLE + " sets one instead):");
                    err.println("  " + g.token());
                    err.flush();
                }
                case AdminToken.Outcome.Given g -> { }
                case AdminToken.Outcome.Existing e -> { }
            }
            AtomicReference<String> url = new AtomicReference<>("http://" + config.host() + ":" + config.port());
            Supplier<String> serverUrl = url::get;
            AtomicReference<PushListener> pushes = new AtomicReference<>(PushListener.NONE);
            git = new GitHosting(config.dataDir(), db, (repository, changes, pusher) ->
                    pushes.get().pushed(repository, changes, pusher));
            GitContent content = new GitContent(git, serverUrl);
            QueueSignal signal = new QueueSignal();
            RepositorySecrets secrets = RepositorySecrets.of(db, config.dataDir());
            RunCoordinator coordinator = new RunCoordinator(db, signal, content::cloneUrl, serverUrl, secrets, err);
            RunIntake intake = new RunIntake(db, content, coordinator, audit);
            ScheduleTicker ticker = ScheduleTicker.start(db, intake, config.missedSchedules(), clock);
            ScheduleRegistry schedules = new ScheduleRegistry(db, ticker::wake);
            intake.onDefaultBranchPush(schedules::sync);
            var chains = new WorkflowRunChains(db, intake, content, serverUrl, err);
            coordinator.onRunFinished(chains::completed);
            intake.onRunCreated(chains::requested);
            pushes.set(new PushIntake(git, intake, serverUrl, err, audit));
            var control = new ServerRunControl(coordinator, intake, content, serverUrl, audit);
            api = ApiServer.start(db, config.host(), config.port(), List.of(git.module(),
                    AgentModule.over(db, coordinator, signal, agents), new WebhookRoutes(db, intake, clock),
                    RunControlRoutes.of(db, control), new LogFollowRoutes(db), SecretRoutes.of(db, secrets),
                    AuditRoutes.of(db, AdminToken.NAME::equals)));
            url.set("http://" + config.host() + ":" + api.port());
            failBuiltInAgentJobs(db);
            coordinator.start();
            PushRecovery.replay(git, new PendingPushStore(db), new RepositoryStore(db), intake, url.get(), err);
            LeaseReaper reaper = LeaseReaper.start(new JobQueue(db), coordinator, signal, agents, audit);
            LogRetention retention = LogRetention.start(new LogStore(db), config.logRetention(), clock, err);
            git.startPolling();
            return new GantryServer(db, git, api, coordinator, reaper, ticker, retention, schedules, config.host());
        } catch (RuntimeException e) {
            if (api != null) {
                api.close();
            }
            if (git != null) {
                git.close();
            }
            db.close();
            throw e;
        }
    }

    private static void failBuiltInAgentJobs(Database db) {
        JobQueue queue = new JobQueue(db);
        for (RegisteredAgent agent : new AgentStore(db).list()) {
            if (agent.name().equals(BUILT_IN_AGENT)) {
                queue.revokeHeldBy(agent.id(), new JobQueue.Revocation.Fail(RESTARTED));
            }
        }
    }

    /**
     * A one-time token for an agent to register with (the built-in agent's, or one handed to an operator), valid
     * for {@code validFor}.
     */
    public String issueRegistrationToken(Duration validFor) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = "gantry-reg-" + HexFormat.of().formatHex(bytes);
        var expires = new AgentStore(db).issueRegistrationToken(token, validFor);
        new AuditLog(db).record(AuditLog.SERVER, AuditAction.REGISTRATION_TOKEN_ISSUED, Subject.server(),
                Map.of("expires_at", expires.toString()));
        return token;
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
                git.close();
                reaper.close();
                ticker.close();
                retention.close();
                coordinator.close();
            } finally {
                db.close();
            }
        }
    }
}
