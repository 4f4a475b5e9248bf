package dev.gantry.workflow.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text forms of numbers, as GitHub reads and writes them. Reading follows JavaScript's {@code Number()} as
 * the runner implements it (used both for number tokens and for coercing strings); writing is .NET's {@code G15}:
 * at most 15 significant digits, exponent form from 1E+15 up and below 1E-05, and {@code -0} written as {@code 0}.
 */
final class NumberText {

    private static final int SIGNIFICANT_DIGITS = 15;
    private static final MathContext G15 = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

    private NumberText() {}

    /** The number {@code text} denotes after trimming whitespace, 0 when empty, NaN when it is not a number. */
    static double parse(String text) {
        String s = trim(text);
        if (s.isEmpty()) {
            return 0d;
        }
        if (isDecimal(s)) {
            return Double.parseDouble(s);
        }
        if (s.length() > 2 && s.charAt(0) == '0' && s.charAt(1) == 'x') {
            return parseInt32(s, 16);
        }
        if (s.length() > 2 && s.charAt(0) == '0' && s.charAt(1) == 'o') {
            return parseInt32(s, 8);
        }
        return switch (s) {
            case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, as .NET's invariant parser accepts. */
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** Hex or octal digits after the two-character prefix, read as a 32-bit two's-complement integer. */
    private static double parseInt32(String s, int radix) {
        long value = 0;
        for (int i = 2; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || s.charAt(i) > 'f') {
                return Double.NaN;
            }
            value = value * radix + digit;
            if (value > 0xFFFF_FFFFL) {
                return Double.NaN;
            }
        }
        return (int) value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Removes leading and trailing whitespace as .NET's {@code String.Trim()} does. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Lexer.isWhiteSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && Lexer.isWhiteSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code d} as GitHub converts a number to a string. */
    static String format(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal rounded = new BigDecimal(d).round(G15).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= SIGNIFICANT_DIGITS || exponent < -5) {
            return scientific(rounded, exponent);
        }
        return rounded.toPlainString();
    }

    private static String scientific(BigDecimal rounded, int exponent) {
        String digits = rounded.unscaledValue().abs().toString();
        StringBuilder out = new StringBuilder();
        if (rounded.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('E').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        return out.append(magnitude).toString();
    }
}
