package dev.gantry.engine.exec;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one step. {@code outcome} is before {@code continue-on-error} is applied, {@code conclusion}
 * after it (a failed step with continue-on-error has outcome failure and conclusion success).
 */
public record StepResult(int index, Optional<String> id, String name, StepStatus outcome, StepStatus conclusion,
                         Map<String, String> outputs, Instant started, Instant finished) {

    public StepResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(conclusion, "conclusion");
        outputs = Map.copyOf(outputs);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }
}
