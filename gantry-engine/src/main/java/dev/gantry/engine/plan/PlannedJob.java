package dev.gantry.engine.plan;

import dev.gantry.workflow.model.Job;
import java.util.List;
import java.util.Objects;

/**
 * A job of the plan.
 *
 * @param needs     the ids of the jobs it waits for, as written (validated by the graph)
 * @param instances its instances, or why they are not known yet
 */
public record PlannedJob(String id, Job job, List<String> needs, Instances instances) {

    public PlannedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        needs = List.copyOf(needs);
        Objects.requireNonNull(instances, "instances");
    }
}
