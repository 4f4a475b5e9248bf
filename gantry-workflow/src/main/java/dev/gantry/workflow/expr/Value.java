package dev.gantry.workflow.expr;

import java.util.List;
import java.util.Map;

/**
 * The closed set of values an expression computes with: the JSON types. Records never hold null;
 * {@link Null} is the null value. Objects keep insertion order; property lookup on them is case-insensitive
 * (done by the evaluator).
 */
public sealed interface Value {

    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    record Null() implements Value {}

    record Bool(boolean value) implements Value {}

    record Num(double value) implements Value {}

    record Str(String value) implements Value {}

    record Arr(List<Value> items) implements Value {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Obj(Map<String, Value> members) implements Value {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }
    }

    static Value of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** GitHub's truthiness: false for null, false, 0, NaN and ''; true otherwise, arrays and objects included. */
    default boolean isTruthy() {
        return switch (this) {
            case Null n -> false;
            case Bool b -> b.value();
            case Num n -> n.value() != 0 && !Double.isNaN(n.value());
            case Str s -> !s.value().isEmpty();
            case Arr a -> true;
            case Obj o -> true;
        };
    }

    /** GitHub's name for this value's kind: {@code Null Boolean Number String Array Object}. */
    default String kindName() {
        return switch (this) {
            case Null n -> "Null";
            case Bool b -> "Boolean";
            case Num n -> "Number";
            case Str s -> "String";
            case Arr a -> "Array";
            case Obj o -> "Object";
        };
    }
}
