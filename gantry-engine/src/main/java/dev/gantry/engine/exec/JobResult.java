package dev.gantry.engine.exec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The result of one job instance: conclusion, evaluated job outputs, every step, every annotation. */
public record JobResult(Conclusion conclusion, Map<String, String> outputs, List<StepResult> steps,
                        List<Annotation> annotations, Instant started, Instant finished) {

    public JobResult {
        Objects.requireNonNull(conclusion, "conclusion");
        outputs = Map.copyOf(outputs);
        steps = List.copyOf(steps);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }
}
