package dev.gantry.server.agent;

import dev.gantry.api.agent.Completion;
import dev.gantry.api.agent.Heartbeat;
import dev.gantry.api.agent.HeartbeatReply;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.run.AgentJobs;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.RegisteredAgent;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;

/**
 * The lease of a held job: {@code POST /api/v1/agent/jobs/{id}/heartbeat} renews it and says whether the job was
 * cancelled; {@code POST /api/v1/agent/jobs/{id}/complete} ends it with the job's conclusion and outputs, stored
 * before the run is told. Both answer 409 when the fencing token no longer holds the job. Thread-safe.
 */
final class LeaseRoutes {

    private final AgentAuth auth;
    private final JobQueue queue;
    private final JobStore jobs;
    private final HeldJobs held;
    private final AgentJobs agentJobs;
    private final Duration lease;

    LeaseRoutes(AgentAuth auth, JobQueue queue, JobStore jobs, AgentJobs agentJobs, Duration lease) {
        this.auth = auth;
        this.queue = queue;
        this.jobs = jobs;
        this.held = new HeldJobs(jobs);
        this.agentJobs = agentJobs;
        this.lease = lease;
    }

    void heartbeat(Context ctx) {
        RegisteredAgent agent = auth.agent(ctx);
        JobId id = HeldJobs.jobId(ctx);
        long token = AgentJson.read(ctx, Heartbeat.class).fencingToken();
        held.held(id, agent, token);
        switch (queue.renew(id, token, lease)) {
            case JobQueue.LeaseChange.Renewed r -> AgentJson.send(ctx, 200,
                    new HeartbeatReply((int) lease.toSeconds(), agentJobs.cancelRequested(id)));
            case JobQueue.LeaseChange.Released r -> throw HeldJobs.stale(id, token);
            case JobQueue.LeaseChange.Lost l -> throw HeldJobs.stale(id, token);
        }
    }

    void complete(Context ctx) {
        RegisteredAgent agent = auth.agent(ctx);
        JobId id = HeldJobs.jobId(ctx);
        Completion completion = AgentJson.read(ctx, Completion.class);
        held.held(id, agent, completion.fencingToken());
        Conclusion conclusion = conclusion(completion);
        switch (jobs.complete(id, completion.fencingToken(), conclusion, completion.outputs())) {
            case JobStore.Change.Changed c -> {
                agentJobs.completed(id);
                AgentJson.send(ctx, 200, Map.of("conclusion", conclusion.result()));
            }
            case JobStore.Change.NotFound n -> throw ApiRefusal.notFound("No job " + id.value() + ".");
            case JobStore.Change.AlreadyCompleted a -> throw HeldJobs.stale(id, completion.fencingToken());
            case JobStore.Change.StaleLease s -> throw HeldJobs.stale(id, completion.fencingToken());
        }
    }

    private static Conclusion conclusion(Completion completion) {
        String reason = completion.reason().strip();
        return switch (completion.conclusion()) {
            case "success" -> Conclusion.SUCCESS;
            case "failure" -> new Conclusion.Failure(reason.isEmpty() ? "the job failed" : reason);
            case "cancelled" -> new Conclusion.Cancelled(reason.isEmpty() ? "the job was cancelled" : reason);
            case "skipped" -> new Conclusion.Skipped(reason);
            default -> throw ApiRefusal.unprocessable("The conclusion must be success, failure, cancelled or "
                    + "skipped, not \"" + completion.conclusion() + "\".");
        };
    }
}
