package dev.gantry.server.agent;

import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.http.ApiModule;
import dev.gantry.server.run.AgentJobs;
import dev.gantry.server.run.QueueSignal;
import dev.gantry.server.store.AgentStore;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.StepStore;
import io.javalin.config.RoutesConfig;

/**
 * The agent protocol's routes (see {@code docs/agent-protocol.md}). Paths under {@link #AGENT_PREFIX} are
 * authenticated here, by agent token (registration by its one-time token); {@code /api/v1/agents…} are admin
 * routes behind the API's own token check.
 */
public final class AgentModule implements ApiModule {

    /** The paths this module authenticates itself. */
    public static final String AGENT_PREFIX = "/api/v1/agent/";

    private final RegistrationRoutes registration;
    private final AssignmentRoutes assignment;
    private final LeaseRoutes lease;
    private final ProgressRoutes progress;

    private AgentModule(RegistrationRoutes registration, AssignmentRoutes assignment, LeaseRoutes lease,
                        ProgressRoutes progress) {
        this.registration = registration;
        this.assignment = assignment;
        this.lease = lease;
        this.progress = progress;
    }

    /** The module over {@code db}: jobs are described and their completion announced through {@code agentJobs}. */
    public static AgentModule over(Database db, AgentJobs agentJobs, QueueSignal signal, AgentSettings settings) {
        AgentStore agents = new AgentStore(db);
        AgentAuth auth = new AgentAuth(agents);
        JobQueue queue = new JobQueue(db);
        JobStore jobs = new JobStore(db);
        Assigner assigner = new Assigner(queue, jobs, agentJobs, signal, settings.lease());
        return new AgentModule(new RegistrationRoutes(agents, settings, new AuditLog(db)),
                new AssignmentRoutes(auth, assigner, settings.maxWait()),
                new LeaseRoutes(auth, queue, jobs, agentJobs, settings.lease()),
                new ProgressRoutes(auth, new HeldJobs(jobs), new StepStore(db), new LogStore(db)));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/agents/registration-tokens", registration::createToken);
        routes.get("/api/v1/agents", registration::list);
        routes.post(AGENT_PREFIX + "register", registration::register);
        routes.post(AGENT_PREFIX + "jobs/next", assignment::next);
        routes.post(AGENT_PREFIX + "jobs/{id}/heartbeat", lease::heartbeat);
        routes.post(AGENT_PREFIX + "jobs/{id}/steps", progress::steps);
        routes.put(AGENT_PREFIX + "jobs/{id}/logs/{sequence}", progress::log);
        routes.post(AGENT_PREFIX + "jobs/{id}/complete", lease::complete);
    }
}
