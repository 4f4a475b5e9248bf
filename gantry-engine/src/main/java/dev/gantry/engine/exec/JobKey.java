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

    /** The key {@link #toString} wrote: {@code build}, or {@code test[2]} for matrix instance 2. */
    public static JobKey parse(String text) {
        int open = text.lastIndexOf('[');
        if (open > 0 && text.endsWith("]")) {
            String index = text.substring(open + 1, text.length() - 1);
            if (!index.isEmpty() && index.chars().allMatch(Character::isDigit) && index.length() < 10) {
                return of(text.substring(0, open), Integer.parseInt(index));
            }
        }
        return of(text);
    }

    @Override
    public String toString() {
        return matrixIndex.isPresent() ? jobId + "[" + matrixIndex.getAsInt() + "]" : jobId;
    }
}
