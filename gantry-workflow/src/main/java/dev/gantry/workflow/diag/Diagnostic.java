package dev.gantry.workflow.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a source file.
 *
 * @param rule a short stable name of the check that found it, e.g. {@code syntax-check}, {@code expression},
 *             {@code job-needs}; printed in brackets at the end of the rendered line
 * @param file empty for a problem of the file being read; otherwise the file the problem is in, as the reader
 *             names it, e.g. the {@code uses} reference of a called workflow ({@code ./.github/workflows/x.yml},
 *             {@code owner/repo/.github/workflows/x.yml@v1})
 */
public record Diagnostic(Severity severity, String rule, String message, Span span, Optional<String> file) {

    /**
     * Orders diagnostics by file (the file being read first), then position, then rule, then message: the order
     * {@code gantry validate} prints.
     */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.file().orElse(""))
            .thenComparing((Diagnostic d) -> d.span().start())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(file, "file");
    }

    /** A problem of the file being read. */
    public Diagnostic(Severity severity, String rule, String message, Span span) {
        this(severity, rule, message, span, Optional.empty());
    }

    /** This problem placed in {@code otherFile}, unless it already names its file. */
    public Diagnostic inFile(String otherFile) {
        return file.isPresent() ? this : new Diagnostic(severity, rule, message, span, Optional.of(otherFile));
    }

    public Position position() {
        return span.start();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code ci.yml:12:9: job "two" needs "three", which forms a cycle [job-needs]}; {@code readFile} names the
     * file being read and is used unless this problem names its own {@link #file}.
     */
    public String render(String readFile) {
        return "%s:%d:%d: %s [%s]".formatted(file.orElse(readFile), span.start().line(), span.start().column(),
                message, rule);
    }
}
