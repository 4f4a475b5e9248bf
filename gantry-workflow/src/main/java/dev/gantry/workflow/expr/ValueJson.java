package dev.gantry.workflow.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and {@link Value}s, and writes values as JSON text: compact and canonical
 * ({@link #render}) for machine output, or pretty as GitHub's {@code toJSON} prints them ({@link #pretty}).
 */
public final class ValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {}

    /** The value of a JSON tree; every number becomes a double, a missing node is null. */
    public static Value fromJson(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING, POJO, BINARY -> Value.NULL;
            case BOOLEAN -> Value.of(node.booleanValue());
            case NUMBER -> new Value.Num(node.doubleValue());
            case STRING -> new Value.Str(node.textValue());
            case ARRAY -> {
                List<Value> items = new ArrayList<>(node.size());
                node.forEach(item -> items.add(fromJson(item)));
                yield new Value.Arr(items);
            }
            case OBJECT -> {
                Map<String, Value> members = new LinkedHashMap<>();
                node.properties().forEach(e -> members.put(e.getKey(), fromJson(e.getValue())));
                yield new Value.Obj(members);
            }
        };
    }

    /**
     * The value as a JSON tree. NaN and the infinities, which JSON cannot hold, become the strings
     * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
     */
    public static JsonNode toJson(Value value) {
        return switch (value) {
            case Value.Null n -> NODES.nullNode();
            case Value.Bool b -> NODES.booleanNode(b.value());
            case Value.Num n -> Double.isFinite(n.value())
                    ? (isSmallInteger(n.value()) ? NODES.numberNode((long) n.value()) : NODES.numberNode(n.value()))
                    : NODES.textNode(NumberText.format(n.value()));
            case Value.Str s -> NODES.textNode(s.value());
            case Value.Arr a -> {
                ArrayNode array = NODES.arrayNode(a.items().size());
                a.items().forEach(item -> array.add(toJson(item)));
                yield array;
            }
            case Value.Obj o -> {
                ObjectNode object = NODES.objectNode();
                o.members().forEach((k, v) -> object.set(k, toJson(v)));
                yield object;
            }
        };
    }

    private static boolean isSmallInteger(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0);
    }

    /**
     * Compact JSON: integers without a fraction, {@code -0} as {@code -0}, other numbers in Java's shortest
     * round-trip form; NaN and the infinities as strings (see {@link #toJson}).
     */
    public static String render(Value value) {
        StringBuilder out = new StringBuilder();
        write(out, value, -1, 0);
        return out.toString();
    }

    /** GitHub's {@code toJSON} layout: two-space indentation, {@code "key": value}, empty {@code []} and {@code {}}. */
    public static String pretty(Value value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 2, 0);
        return out.toString();
    }

    /** {@code indent < 0} writes compactly. */
    private static void write(StringBuilder out, Value value, int indent, int depth) {
        switch (value) {
            case Value.Null n -> out.append("null");
            case Value.Bool b -> out.append(b.value());
            case Value.Num n -> out.append(indent < 0 ? canonicalNumber(n.value()) : NumberText.format(n.value()));
            case Value.Str s -> quote(out, s.value());
            case Value.Arr a -> {
                if (a.items().isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    out.append(i > 0 ? "," : "");
                    newline(out, indent, depth + 1);
                    write(out, a.items().get(i), indent, depth + 1);
                }
                newline(out, indent, depth);
                out.append(']');
            }
            case Value.Obj o -> {
                if (o.members().isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Value> e : o.members().entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    newline(out, indent, depth + 1);
                    quote(out, e.getKey());
                    out.append(indent < 0 ? ":" : ": ");
                    write(out, e.getValue(), indent, depth + 1);
                }
                newline(out, indent, depth);
                out.append('}');
            }
        }
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static String canonicalNumber(double d) {
        if (!Double.isFinite(d)) {
            return "\"" + NumberText.format(d) + "\"";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e17 ? Long.toString((long) d) : Double.toString(d);
    }

    /** A JSON string literal; escapes quotes, backslashes and control characters, as Newtonsoft.Json does. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
