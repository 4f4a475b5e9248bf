package dev.gantry.server.run;

import dev.gantry.engine.plan.Instances;
import dev.gantry.engine.plan.JobInstance;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.engine.schedule.RunScheduler;
import dev.gantry.engine.exec.JobKey;
import java.util.HashSet;
import java.util.Set;

/**
 * A run the coordinator is driving: its blueprint, plan and scheduler, and the job keys whose completion the
 * scheduler has been told (so a completion reported twice — by the agent and by a revoked lease, or replayed — is
 * told once). Confined to the coordinator's thread.
 */
final class ActiveRun {

    private final RunBlueprint blueprint;
    private final RunPlan plan;
    private final RunScheduler scheduler;
    private final Set<String> told = new HashSet<>();
    private boolean started;

    ActiveRun(RunBlueprint blueprint, RunPlan plan, RunScheduler scheduler) {
        this.blueprint = blueprint;
        this.plan = plan;
        this.scheduler = scheduler;
    }

    RunBlueprint blueprint() {
        return blueprint;
    }

    RunScheduler scheduler() {
        return scheduler;
    }

    int attempt() {
        return blueprint.run().runAttempt();
    }

    /** Whether its scheduler has been started (a run waiting in a concurrency group has not). */
    boolean started() {
        return started;
    }

    void markStarted() {
        started = true;
    }

    /** Whether this is the first time the completion of {@code key} is to be told to the scheduler. */
    boolean firstNews(String key) {
        return told.add(key);
    }

    /** The name GitHub would show for a job or instance that never started. */
    String nameOf(JobKey key) {
        return plan.job(key.jobId()).map(job -> switch (job.instances()) {
            case Instances.Expanded e -> e.instances().stream().filter(i -> i.key().equals(key))
                    .map(JobInstance::displayName).findFirst()
                    .orElseGet(() -> job.job().name().literalValue().orElse(key.jobId()));
            default -> job.job().name().literalValue().orElse(key.jobId());
        }).orElse(key.jobId());
    }
}
