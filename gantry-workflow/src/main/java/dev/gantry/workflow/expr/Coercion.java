package dev.gantry.workflow.expr;

import java.util.Map;

/**
 * GitHub's conversion and comparison rules: truthiness, number and string conversion, loose equality and
 * ordering with number coercion between primitives, and ordinal case-insensitive string comparison.
 */
final class Coercion {

    private Coercion() {}

    static boolean isPrimitive(Value v) {
        return !(v instanceof Value.Arr || v instanceof Value.Obj);
    }

    static double toNumber(Value v) {
        return switch (v) {
            case Value.Null n -> 0d;
            case Value.Bool b -> b.value() ? 1d : 0d;
            case Value.Num n -> n.value();
            case Value.Str s -> NumberText.parse(s.value());
            case Value.Arr a -> Double.NaN;
            case Value.Obj o -> Double.NaN;
        };
    }

    /** The string form used by {@code format}, {@code join} and string interpolation. */
    static String toStr(Value v) {
        return switch (v) {
            case Value.Null n -> "";
            case Value.Bool b -> b.value() ? "true" : "false";
            case Value.Num n -> NumberText.format(n.value());
            case Value.Str s -> s.value();
            case Value.Arr a -> "Array";
            case Value.Obj o -> "Object";
        };
    }

    /** {@code ==}: same kinds compare directly (arrays and objects by identity); two primitives as numbers. */
    static boolean looseEquals(Value left, Value right) {
        if (left.getClass() == right.getClass()) {
            return switch (left) {
                case Value.Null n -> true;
                case Value.Bool b -> b.value() == ((Value.Bool) right).value();
                case Value.Num n -> n.value() == ((Value.Num) right).value();
                case Value.Str s -> equalsIgnoreCase(s.value(), ((Value.Str) right).value());
                case Value.Arr a -> left == right;
                case Value.Obj o -> left == right;
            };
        }
        return isPrimitive(left) && isPrimitive(right) && toNumber(left) == toNumber(right);
    }

    /**
     * Orders two values for {@code < <= > >=}: negative, zero or positive, or {@link Integer#MIN_VALUE} when they
     * are unordered (NaN, arrays, objects), which makes every comparison false.
     */
    static int order(Value left, Value right) {
        if (!isPrimitive(left) || !isPrimitive(right)) {
            return Integer.MIN_VALUE;
        }
        if (left instanceof Value.Str a && right instanceof Value.Str b) {
            return Integer.signum(compareIgnoreCase(a.value(), b.value()));
        }
        double l = toNumber(left);
        double r = toNumber(right);
        if (Double.isNaN(l) || Double.isNaN(r)) {
            return Integer.MIN_VALUE;
        }
        return l < r ? -1 : (l > r ? 1 : 0);
    }

    /** .NET's ordinal ignore-case: each UTF-16 unit compared by its simple upper-case mapping. */
    static int compareIgnoreCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                char ux = upper(x);
                char uy = upper(y);
                if (ux != uy) {
                    return ux - uy;
                }
            }
        }
        return a.length() - b.length();
    }

    static boolean equalsIgnoreCase(String a, String b) {
        return a.length() == b.length() && compareIgnoreCase(a, b) == 0;
    }

    static boolean regionEqualsIgnoreCase(String s, int offset, String part) {
        for (int i = 0; i < part.length(); i++) {
            char x = s.charAt(offset + i);
            char y = part.charAt(i);
            if (x != y && upper(x) != upper(y)) {
                return false;
            }
        }
        return true;
    }

    static int indexOfIgnoreCase(String s, String part) {
        for (int i = 0; i + part.length() <= s.length(); i++) {
            if (regionEqualsIgnoreCase(s, i, part)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Upper-case mapping of one unit. A non-ASCII letter whose upper case is ASCII ({@code ı}, {@code ſ}) keeps
     * itself, as .NET's invariant ordinal casing does.
     */
    static char upper(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        char u = Character.toUpperCase(c);
        return u < 0x80 ? c : u;
    }

    /** The member called {@code name}: an exact match first, then the first that matches ignoring case. */
    static Value member(Value.Obj obj, String name) {
        Map<String, Value> members = obj.members();
        Value exact = members.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Value> e : members.entrySet()) {
            if (equalsIgnoreCase(e.getKey(), name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
