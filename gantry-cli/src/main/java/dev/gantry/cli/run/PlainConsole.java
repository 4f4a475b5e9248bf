package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import dev.gantry.engine.exec.StepStatus;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows a run off a terminal: one prefixed line per event as it comes, {@code [job / step] line} for logs, and a
 * line when a job or step starts and ends. Thread-safe: each line is written and flushed whole.
 */
final class PlainConsole implements RunObserver {

    private final PrintWriter out;
    private final Labels labels;

    PlainConsole(PrintWriter out, Labels labels) {
        this.out = out;
        this.labels = labels;
    }

    @Override
    public void runStarted(RunRef run) {
        line("Run %s (%s), run id %s".formatted(run.title(), run.file(), run.runId()));
    }

    @Override
    public void jobStarted(JobRef job) {
        line(labels.prefix(job) + " job started");
    }

    @Override
    public void stepStarted(JobRef job, int stepIndex, String name) {
        labels.stepStarted(job, stepIndex, name);
        if (stepIndex >= 0) {
            line(labels.prefix(job, stepIndex) + " step started");
        }
    }

    @Override
    public void log(JobRef job, int stepIndex, String line) {
        line(labels.prefix(job, stepIndex) + " " + line);
    }

    /** Not printed here: the step's log already shows it as a {@code ##[error]} line; the summary lists it with its location. */
    @Override
    public void annotation(JobRef job, int stepIndex, Annotation annotation) {}

    @Override
    public void stepFinished(JobRef job, StepResult step) {
        if (step.index() < 0) {
            return;
        }
        String result = step.conclusion().word();
        if (step.outcome() != step.conclusion()) {
            result += " (outcome " + step.outcome().word() + ", continue-on-error)";
        }
        if (step.conclusion() == StepStatus.SKIPPED) {
            line(labels.prefix(job, step.index()) + " step skipped");
        } else {
            line("%s step ended: %s (%s)".formatted(labels.prefix(job, step.index()), result,
                    Durations.format(Duration.between(step.started(), step.finished()))));
        }
    }

    @Override
    public void jobFinished(JobRef job, JobResult result) {
        line("%s job ended: %s (%s)".formatted(labels.prefix(job), Labels.conclusion(result.conclusion()),
                Durations.format(Duration.between(result.started(), result.finished()))));
    }

    @Override
    public void jobConcluded(JobRef job, Conclusion conclusion) {
        String verb = switch (conclusion) {
            case Conclusion.Skipped s -> "job skipped: " + s.why();
            case Conclusion.Cancelled c -> "job cancelled: " + c.reason();
            case Conclusion.Failure f -> "job failed: " + f.reason();
            case Conclusion.Success s -> "job ended: success";
        };
        line(labels.prefix(job) + " " + verb);
    }

    @Override
    public void runFinished(RunRef run, Conclusion conclusion) {
        line("Run %s: %s".formatted(run.title(), Labels.conclusion(conclusion)));
    }

    private void line(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
