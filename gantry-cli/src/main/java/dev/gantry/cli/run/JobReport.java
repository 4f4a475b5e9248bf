package dev.gantry.cli.run;

import dev.gantry.engine.exec.ActionUse;
import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one job instance of a run ended. A job that never started (skipped, abandoned, failed before starting) has
 * no times and no steps. Every text is masked.
 */
public record JobReport(JobRef job, Conclusion conclusion, Map<String, String> outputs, Optional<Instant> started,
                        Optional<Instant> finished, List<StepResult> steps, List<Annotation> annotations,
                        List<ActionUse> actions) {

    public JobReport {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(conclusion, "conclusion");
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        steps = List.copyOf(steps);
        annotations = List.copyOf(annotations);
        actions = List.copyOf(actions);
    }

    /** How long it ran; empty when it never started. */
    public Optional<Duration> duration() {
        return started.flatMap(s -> finished.map(f -> Duration.between(s, f)));
    }
}
