package dev.gantry.engine.exec;

import java.util.Objects;
import java.util.OptionalInt;

/** A job instance within a run: the job id and, for a matrix job, the 0-based index of its combination. */
public record JobKey(String jobId, OptionalInt matrixIndex) {

    public JobKey {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(matrixIndex, "matrixIndex");
    }

    public static JobKey of(String jobId) {
        return new JobKey(jobId, OptionalInt.empty());
    }

    public static JobKey of(String jobId, int matrixIndex) {
        return new JobKey(jobId, OptionalInt.of(matrixIndex));
    }

    @Override
    public String toString() {
        return matrixIndex.isPresent() ? jobId + "[" + matrixIndex.getAsInt() + "]" : jobId;
    }
}
