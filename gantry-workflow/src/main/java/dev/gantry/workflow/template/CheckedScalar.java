package dev.gantry.workflow.template;

import dev.gantry.workflow.model.Template;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one scalar.
 *
 * @param expression the template of a {@link Outcome#WHOLE} or {@link Outcome#EMBEDDED} value, else empty
 * @param parsed     every expression of the scalar that parsed, in source order (also when another one failed)
 */
public record CheckedScalar(Outcome outcome, Optional<Template.Expression<?>> expression,
                            List<ParsedExpression> parsed) {

    static final CheckedScalar LITERAL = new CheckedScalar(Outcome.LITERAL, Optional.empty(), List.of());

    public CheckedScalar {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(expression, "expression");
        parsed = List.copyOf(parsed);
    }

    static CheckedScalar failed(Outcome outcome, List<ParsedExpression> parsed) {
        return new CheckedScalar(outcome, Optional.empty(), parsed);
    }

    /** The expression typed as its field's value; empty unless the value held a valid one. */
    public <T> Optional<Template.Expression<T>> typedExpression() {
        return expression.map(e -> new Template.Expression<>(e.source(), e.expr(), e.span()));
    }

    /** {@link #typedExpression} as a template, for fields whose value may also be a literal. */
    public <T> Optional<Template<T>> template() {
        return this.<T>typedExpression().map(e -> e);
    }
}
