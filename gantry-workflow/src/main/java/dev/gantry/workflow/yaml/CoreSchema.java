package dev.gantry.workflow.yaml;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML 1.2 core schema, as GitHub's workflow reader applies it: only the canonical core forms of null,
 * booleans and numbers are typed; everything else ({@code yes}, {@code on}, {@code 12_345}, {@code 0b101}) is a
 * string. Stateless; patterns are compiled once.
 */
public final class CoreSchema {

    public static final String TAG_PREFIX = "tag:yaml.org,2002:";
    public static final String STR = TAG_PREFIX + "str";
    public static final String NULL = TAG_PREFIX + "null";
    public static final String BOOL = TAG_PREFIX + "bool";
    public static final String INT = TAG_PREFIX + "int";
    public static final String FLOAT = TAG_PREFIX + "float";
    public static final String MAP = TAG_PREFIX + "map";
    public static final String SEQ = TAG_PREFIX + "seq";

    private static final Pattern INT_DEC = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern INT_OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern INT_HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT_NUM = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern FLOAT_INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern FLOAT_NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private CoreSchema() {}

    /** The type of a scalar: explicit tag first, then plain-scalar resolution; non-plain untagged scalars are strings. */
    public static ScalarType typeOf(YamlNode.Scalar scalar) {
        if (scalar.tag().isPresent()) {
            return switch (scalar.tag().get()) {
                case NULL -> ScalarType.NULL;
                case BOOL -> ScalarType.BOOL;
                case INT -> ScalarType.INT;
                case FLOAT -> ScalarType.FLOAT;
                default -> ScalarType.STRING;
            };
        }
        return scalar.style() == ScalarStyle.PLAIN ? resolvePlain(scalar.value()) : ScalarType.STRING;
    }

    /** The core schema type of an untagged plain scalar. */
    public static ScalarType resolvePlain(String text) {
        if (isNull(text)) {
            return ScalarType.NULL;
        }
        char c = text.charAt(0);
        if (c == 't' || c == 'T' || c == 'f' || c == 'F') {
            return isBool(text) ? ScalarType.BOOL : ScalarType.STRING;
        }
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
            return ScalarType.STRING;
        }
        if (isInt(text)) {
            return ScalarType.INT;
        }
        return isFloat(text) ? ScalarType.FLOAT : ScalarType.STRING;
    }

    public static boolean isNull(String text) {
        return text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL");
    }

    public static boolean isBool(String text) {
        return switch (text) {
            case "true", "True", "TRUE", "false", "False", "FALSE" -> true;
            default -> false;
        };
    }

    public static boolean parseBool(String text) {
        return text.equals("true") || text.equals("True") || text.equals("TRUE");
    }

    public static boolean isInt(String text) {
        return INT_DEC.matcher(text).matches() || INT_OCT.matcher(text).matches() || INT_HEX.matcher(text).matches();
    }

    /** A float in core form; integers in decimal form are floats too (as {@code !!float 123456} shows). */
    public static boolean isFloat(String text) {
        return FLOAT_NUM.matcher(text).matches() || FLOAT_INF.matcher(text).matches()
                || FLOAT_NAN.matcher(text).matches();
    }

    /** True when {@code text} is a valid value for the explicit core tag {@code tag}. */
    public static boolean isValidFor(String tag, String text) {
        return switch (tag) {
            case NULL -> isNull(text);
            case BOOL -> isBool(text);
            case INT -> isInt(text);
            case FLOAT -> isFloat(text) || isInt(text);
            default -> true;
        };
    }

    /** True for the tags the workflow language accepts on scalars. */
    public static boolean isSupportedScalarTag(String tag) {
        return switch (tag) {
            case STR, NULL, BOOL, INT, FLOAT -> true;
            default -> false;
        };
    }

    static Optional<Double> number(YamlNode.Scalar scalar) {
        ScalarType type = scalar.type();
        if (type != ScalarType.INT && type != ScalarType.FLOAT) {
            return Optional.empty();
        }
        return Optional.of(toDouble(scalar.value()));
    }

    /** The numeric value of a core int or float form; callers check the form first. */
    public static double toDouble(String text) {
        if (INT_HEX.matcher(text).matches()) {
            return new BigInteger(text.substring(2), 16).doubleValue();
        }
        if (INT_OCT.matcher(text).matches()) {
            return new BigInteger(text.substring(2), 8).doubleValue();
        }
        if (FLOAT_INF.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (FLOAT_NAN.matcher(text).matches()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
