package dev.gantry.engine.context;

import dev.gantry.workflow.diag.Span;
import java.util.Objects;

/**
 * Why a context could not be built, located in the workflow file: {@code ci.yml:12:7: env.URL: …}.
 *
 * @param file    the workflow file as the user named it
 * @param span    where in it; {@link Span#NONE} for problems without a place (an unexpected input)
 * @param message what is wrong, naming the input or variable
 */
public record Problem(String file, Span span, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: message}, or {@code file: message} without a place. */
    public String render() {
        return span.equals(Span.NONE) ? "%s: %s".formatted(file, message)
                : "%s:%d:%d: %s".formatted(file, span.start().line(), span.start().column(), message);
    }
}
