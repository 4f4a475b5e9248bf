package dev.gantry.workflow.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a source file.
 *
 * @param rule a short stable name of the check that found it, e.g. {@code syntax-check}, {@code expression},
 *             {@code job-needs}; printed in brackets at the end of the rendered line
 */
public record Diagnostic(Severity severity, String rule, String message, Span span) {

    /** Orders diagnostics by position, then rule, then message: the order {@code gantry validate} prints. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.span().start())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public Position position() {
        return span.start();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code ci.yml:12:9: job "two" needs "three", which forms a cycle [job-needs]} */
    public String render(String file) {
        return "%s:%d:%d: %s [%s]".formatted(file, span.start().line(), span.start().column(), message, rule);
    }
}
