package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Value;

/** GitHub's truthiness of a value, as a condition ({@code if}, {@code fail-fast}) reads it. */
public final class Truthiness {

    private Truthiness() {}

    /** False for null, false, 0, NaN and the empty string; true for everything else, arrays and objects included. */
    public static boolean of(Value value) {
        return switch (value) {
            case Value.Null n -> false;
            case Value.Bool b -> b.value();
            case Value.Num n -> n.value() != 0 && !Double.isNaN(n.value());
            case Value.Str s -> !s.value().isEmpty();
            case Value.Arr a -> true;
            case Value.Obj o -> true;
        };
    }
}
