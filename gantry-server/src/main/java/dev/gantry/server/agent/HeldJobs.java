package dev.gantry.server.agent;

import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.RegisteredAgent;
import io.javalin.http.Context;

/**
 * Checks that a report comes from the lease that holds the job: the job exists (else 404) and is held by this
 * agent under this fencing token (else 409: the lease expired and was taken back, or the job completed; the agent
 * must stop the job and not report it). Thread-safe.
 */
final class HeldJobs {

    private final JobStore jobs;

    HeldJobs(JobStore jobs) {
        this.jobs = jobs;
    }

    /** The {@code {id}} path parameter as a job id; 404 when it is not a number. */
    static JobId jobId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return new JobId(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw ApiRefusal.notFound("No job " + text + ".");
        }
    }

    Job held(JobId id, RegisteredAgent agent, long fencingToken) {
        Job job = jobs.find(id).orElseThrow(() -> ApiRefusal.notFound("No job " + id.value() + "."));
        boolean holds = job.lease().filter(l -> l.agentId().equals(agent.id()) && l.fencingToken() == fencingToken)
                .isPresent();
        if (!holds) {
            throw stale(id, fencingToken);
        }
        return job;
    }

    static ApiRefusal stale(JobId id, long fencingToken) {
        return new ApiRefusal(409, "Job " + id.value() + " is no longer held under fencing token " + fencingToken
                + ": its lease expired or it completed; stop it and do not report it.");
    }
}
