package dev.gantry.engine.plan;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.workflow.expr.Value;
import java.util.Objects;

/**
 * One instance of a job: the job itself, or one combination of its matrix.
 *
 * @param key         the job id and, for a matrix instance, the combination's 0-based index
 * @param displayName as GitHub shows it, e.g. {@code test (21, linux)}
 * @param matrix      the combination (the {@code matrix} context); empty for a job without a matrix
 */
public record JobInstance(JobKey key, String displayName, Value.Obj matrix) {

    public JobInstance {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(matrix, "matrix");
    }
}
