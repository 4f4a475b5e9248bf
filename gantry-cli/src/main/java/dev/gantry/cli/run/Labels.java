package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names the console puts in front of lines: {@code [build / Compile]}, with the workflow in front when
 * several runs share the console ({@code [ci: build / Compile]}). Remembers each job's step names as they start.
 * Thread-safe.
 */
final class Labels {

    /** What step index -1 (the job's own setup and teardown) is called. */
    static final String JOB_STEP = "Set up job";

    private record StepOf(JobRef job, int index) {}

    private final boolean withWorkflow;
    private final Map<StepOf, String> steps = new ConcurrentHashMap<>();

    Labels(boolean withWorkflow) {
        this.withWorkflow = withWorkflow;
    }

    void stepStarted(JobRef job, int index, String name) {
        steps.put(new StepOf(job, index), name);
    }

    String job(JobRef job) {
        return withWorkflow ? job.run().workflow() + ": " + job.displayName() : job.displayName();
    }

    String step(JobRef job, int index) {
        return steps.getOrDefault(new StepOf(job, index), index < 0 ? JOB_STEP : "step " + (index + 1));
    }

    /** {@code [job / step]}. */
    String prefix(JobRef job, int index) {
        return "[" + job(job) + " / " + step(job, index) + "]";
    }

    /** {@code [job]}. */
    String prefix(JobRef job) {
        return "[" + job(job) + "]";
    }

    /** {@code path:line:col: error: message (title)}, or {@code error: message} without a file. */
    static String annotation(Annotation a) {
        StringBuilder out = new StringBuilder();
        a.file().ifPresent(file -> {
            out.append(file);
            a.line().ifPresent(line -> {
                out.append(':').append(line);
                a.column().ifPresent(col -> out.append(':').append(col));
            });
            out.append(": ");
        });
        out.append(a.level().word()).append(": ").append(a.message());
        a.title().ifPresent(title -> out.append(" (").append(title).append(')'));
        return out.toString();
    }

    /** {@code failure: reason}, {@code skipped: why}, {@code success}. */
    static String conclusion(Conclusion c) {
        return switch (c) {
            case Conclusion.Success s -> "success";
            case Conclusion.Failure f -> "failure: " + f.reason();
            case Conclusion.Cancelled x -> "cancelled: " + x.reason();
            case Conclusion.Skipped s -> "skipped: " + s.why();
        };
    }
}
