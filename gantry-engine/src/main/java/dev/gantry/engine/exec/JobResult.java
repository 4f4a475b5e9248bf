package dev.gantry.engine.exec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one job instance: conclusion, evaluated job outputs, every step, every annotation, and where the
 * actions its steps used came from.
 */
public record JobResult(Conclusion conclusion, Map<String, String> outputs, List<StepResult> steps,
                        List<Annotation> annotations, Instant started, Instant finished, List<ActionUse> actions) {

    /** A result of a job that used no action. */
    public JobResult(Conclusion conclusion, Map<String, String> outputs, List<StepResult> steps,
                     List<Annotation> annotations, Instant started, Instant finished) {
        this(conclusion, outputs, steps, annotations, started, finished, List.of());
    }

    public JobResult {
        Objects.requireNonNull(conclusion, "conclusion");
        outputs = Map.copyOf(outputs);
        steps = List.copyOf(steps);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        actions = List.copyOf(actions);
    }
}
