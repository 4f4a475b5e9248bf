package dev.gantry.workflow.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects problems instead of throwing them, so that one pass reports every problem at once.
 * Not thread-safe: one collector per file being checked.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /** Records an error; {@code format} and {@code args} as in {@link String#formatted}. */
    public void error(String rule, Span span, String format, Object... args) {
        add(new Diagnostic(Severity.ERROR, rule, args.length == 0 ? format : format.formatted(args), span));
    }

    public void warning(String rule, Span span, String format, Object... args) {
        add(new Diagnostic(Severity.WARNING, rule, args.length == 0 ? format : format.formatted(args), span));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Everything collected so far, sorted by position. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.BY_POSITION);
        return Collections.unmodifiableList(copy);
    }
}
