package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Expr;
import java.util.Objects;
import java.util.Optional;

/**
 * A field value that is either known now ({@link Literal}) or computed at job time from a {@code ${{ }}}
 * expression ({@link Expression}). Strings that embed expressions in literal text ({@code build-${{ matrix.os }}})
 * are an {@link Expression} whose source is GitHub's equivalent {@code format(...)} call.
 */
public sealed interface Template<T> {

    Span span();

    record Literal<T>(T value, Span span) implements Template<T> {
        public Literal {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * @param source the expression text without {@code ${{ }}}
     * @param expr   the parsed expression, empty when the expression library could not parse it (the reader has
     *               then reported a diagnostic)
     */
    record Expression<T>(String source, Optional<Expr> expr, Span span) implements Template<T> {
        public Expression {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(expr, "expr");
            Objects.requireNonNull(span, "span");
        }
    }

    static <T> Template<T> literal(T value, Span span) {
        return new Literal<>(value, span);
    }

    /** The literal value, or empty for an expression. */
    default Optional<T> literalValue() {
        return this instanceof Literal<T> l ? Optional.of(l.value()) : Optional.empty();
    }
}
