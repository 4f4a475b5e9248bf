package dev.gantry.workflow.expr;

/** {@code contains}, {@code startsWith}, {@code endsWith} and {@code join}. Strings compare ignoring case. */
final class TextFunctions {

    private TextFunctions() {}

    /** An array contains an element loosely equal to the item; a primitive contains the item's string form. */
    static Value contains(Arguments args) throws ExpressionException {
        Value search = args.get(0);
        if (search instanceof Value.Arr array) {
            Value item = args.get(1);
            for (Value element : array.items()) {
                if (Coercion.looseEquals(element, item)) {
                    return Value.TRUE;
                }
            }
            return Value.FALSE;
        }
        if (!Coercion.isPrimitive(search)) {
            return Value.FALSE;
        }
        Value item = args.get(1);
        if (Coercion.isPrimitive(item)) {
            return Value.of(Coercion.indexOfIgnoreCase(Coercion.toStr(search), Coercion.toStr(item)) >= 0);
        }
        return Value.FALSE;
    }

    static Value startsWith(Arguments args) throws ExpressionException {
        Value left = args.get(0);
        Value right = args.get(1);
        if (!Coercion.isPrimitive(left) || !Coercion.isPrimitive(right)) {
            return Value.FALSE;
        }
        String s = Coercion.toStr(left);
        String prefix = Coercion.toStr(right);
        return Value.of(prefix.length() <= s.length() && Coercion.regionEqualsIgnoreCase(s, 0, prefix));
    }

    static Value endsWith(Arguments args) throws ExpressionException {
        Value left = args.get(0);
        Value right = args.get(1);
        if (!Coercion.isPrimitive(left) || !Coercion.isPrimitive(right)) {
            return Value.FALSE;
        }
        String s = Coercion.toStr(left);
        String suffix = Coercion.toStr(right);
        return Value.of(suffix.length() <= s.length()
                && Coercion.regionEqualsIgnoreCase(s, s.length() - suffix.length(), suffix));
    }

    /**
     * {@code join(array, separator)}: the elements' string forms joined by the separator ({@code ,} by default or
     * when the separator is an array or object). A primitive first argument gives its own string form.
     */
    static Value join(Arguments args) throws ExpressionException {
        Value first = args.get(0);
        if (first instanceof Value.Arr array) {
            String separator = ",";
            if (args.size() > 1) {
                Value sep = args.get(1);
                if (Coercion.isPrimitive(sep)) {
                    separator = Coercion.toStr(sep);
                }
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < array.items().size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append(Coercion.toStr(array.items().get(i)));
                MemoryBudget.checkString(out.length());
            }
            return new Value.Str(out.toString());
        }
        return new Value.Str(Coercion.isPrimitive(first) ? Coercion.toStr(first) : "");
    }
}
