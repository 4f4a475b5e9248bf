package dev.gantry.engine.plan;

import dev.gantry.workflow.diag.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem that keeps a workflow or a job from being planned.
 *
 * @param job  the job it concerns, when it concerns one
 * @param span where in the workflow file ({@link Span#NONE} when nowhere in particular)
 */
public record PlanError(Optional<String> job, String message, Span span) {

    public PlanError {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public static PlanError of(String job, String message, Span span) {
        return new PlanError(Optional.of(job), message, span);
    }

    /** {@code ci.yml:12:5: job "build": matrix vector 'os' does not contain any values}. */
    public String render(String file) {
        String where = "%s:%d:%d: ".formatted(file, span.start().line(), span.start().column());
        return where + job.map(j -> "job \"" + j + "\": ").orElse("") + message;
    }
}
