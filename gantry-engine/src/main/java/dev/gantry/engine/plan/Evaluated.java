package dev.gantry.engine.plan;

import dev.gantry.workflow.diag.Span;
import java.util.Objects;
import java.util.function.Function;

/** The value of a field that may hold an expression, or why it has none (a message and where it was written). */
public sealed interface Evaluated<T> {

    record Ok<T>(T value) implements Evaluated<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Error<T>(String message, Span span) implements Evaluated<T> {
        public Error {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(span, "span");
        }
    }

    static <T> Evaluated<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Evaluated<T> error(String message, Span span) {
        return new Error<>(message, span);
    }

    /** The same outcome with {@code f} applied to a value; an error stays the error. */
    default <R> Evaluated<R> map(Function<T, R> f) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
            case Error<T> e -> new Error<>(e.message(), e.span());
        };
    }

    /** The next step on a value; an error stays the error. */
    default <R> Evaluated<R> then(Function<T, Evaluated<R>> f) {
        return switch (this) {
            case Ok<T> ok -> f.apply(ok.value());
            case Error<T> e -> new Error<>(e.message(), e.span());
        };
    }
}
