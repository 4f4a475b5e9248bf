package dev.gantry.workflow;

import dev.gantry.workflow.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one source file: the model when one could be built (possibly with warnings, or with
 * errors the reader recovered from) and every problem found, sorted by position.
 */
public record Parsed<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    public Parsed {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
