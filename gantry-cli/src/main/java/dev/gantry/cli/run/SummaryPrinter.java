package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints the end of an invocation: per run a table of its jobs (job, result, duration, and for a failure the
 * failed step or reason), then every annotation as {@code file:line:col: level: message (job / step)}.
 * With {@code colour}, results are green, red or grey (ANSI); without, plain text.
 */
final class SummaryPrinter {

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREY = "\u001b[90m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final boolean colour;

    SummaryPrinter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    void print(List<RunReport> runs) {
        for (RunReport run : runs) {
            out.println();
            out.printf("%s (%s): %s in %s%n", run.run().title(), run.run().file(),
                    paint(run.conclusion(), run.conclusion().result()), Durations.format(run.duration()));
            int width = Math.max(3, run.jobs().stream().mapToInt(j -> j.job().displayName().length()).max().orElse(3));
            out.printf("  %-" + width + "s  %-9s  %8s%n", "JOB", "RESULT", "DURATION");
            for (JobReport job : run.jobs()) {
                String result = job.conclusion().result();
                String duration = job.duration().map(Durations::format).orElse("-");
                String padded = "%-9s".formatted(result);
                out.printf("  %-" + width + "s  %s  %8s%s%n", job.job().displayName(), paint(job.conclusion(), padded),
                        duration, detail(job));
            }
        }
        List<String> annotations = runs.stream().flatMap(r -> r.jobs().stream())
                .flatMap(job -> job.annotations().stream().map(a -> line(job, a))).toList();
        if (!annotations.isEmpty()) {
            out.println();
            out.println("Annotations:");
            annotations.forEach(a -> out.println("  " + a));
        }
        out.flush();
    }

    /** Why a job did not succeed: its first failed step, else the reason. */
    private static String detail(JobReport job) {
        return switch (job.conclusion()) {
            case Conclusion.Success s -> "";
            case Conclusion.Skipped s -> "  " + s.why();
            case Conclusion.Cancelled c -> "  " + c.reason();
            case Conclusion.Failure f -> "  " + job.steps().stream()
                    .filter(step -> step.conclusion() == StepStatus.FAILURE)
                    .findFirst().map(step -> "step \"" + step.name() + "\" failed").orElse(f.reason());
        };
    }

    private static String line(JobReport job, Annotation a) {
        return Labels.annotation(a) + "  (" + job.job().displayName() + ")";
    }

    private String paint(Conclusion c, String text) {
        if (!colour) {
            return text;
        }
        String colourOf = switch (c) {
            case Conclusion.Success s -> GREEN;
            case Conclusion.Failure f -> RED;
            case Conclusion.Cancelled x -> YELLOW;
            case Conclusion.Skipped s -> GREY;
        };
        return colourOf + text + RESET;
    }
}
