package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import java.util.List;
import java.util.Optional;

/**
 * An input of {@code workflow_dispatch} or {@code workflow_call}.
 *
 * @param type    {@code string}, {@code boolean}, {@code number}, {@code choice}, {@code environment}
 * @param options the choices of a {@code choice} input, else empty
 * @param defaultValue a literal default, or for {@code workflow_call} an expression over {@code github}/{@code inputs}
 */
public record Input(String id, Optional<String> description, String type, boolean required,
                    Optional<Template<Value>> defaultValue, List<String> options, Span span) {
    public Input {
        options = List.copyOf(options);
    }
}
