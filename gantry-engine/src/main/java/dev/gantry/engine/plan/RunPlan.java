package dev.gantry.engine.plan;

import dev.gantry.workflow.model.Workflow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow ready to run: its jobs with their instances (matrix expanded where it can be before the run) and
 * the checked {@code needs} graph. What {@code gantry run --list} prints and what the scheduler runs. Immutable.
 *
 * @param jobs by id, in source order
 */
public record RunPlan(Workflow workflow, Map<String, PlannedJob> jobs, JobGraph graph) {

    public RunPlan {
        Objects.requireNonNull(workflow, "workflow");
        jobs = Collections.unmodifiableMap(new LinkedHashMap<>(jobs));
        Objects.requireNonNull(graph, "graph");
    }

    public Optional<PlannedJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The job ids by level: the order in which they can run (see {@link JobGraph#levels()}). */
    public List<List<String>> levels() {
        return graph.levels();
    }
}
