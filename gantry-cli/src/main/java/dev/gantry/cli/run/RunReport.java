package dev.gantry.cli.run;

import dev.gantry.engine.exec.Conclusion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** How one run ended: its conclusion, when, and each job instance in source and matrix order. */
public record RunReport(RunRef run, Conclusion conclusion, Instant started, Instant finished, List<JobReport> jobs) {

    public RunReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        jobs = List.copyOf(jobs);
    }

    public Duration duration() {
        return Duration.between(started, finished);
    }
}
