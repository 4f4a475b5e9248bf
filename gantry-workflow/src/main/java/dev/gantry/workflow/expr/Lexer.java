package dev.gantry.workflow.expr;

import dev.gantry.workflow.expr.Token.Kind;

/**
 * Reads the tokens of one expression, one at a time, as GitHub's lexer does. Text it cannot read becomes an
 * {@link Kind#UNEXPECTED} token spanning up to the next token boundary; the parser reports it when it reaches it,
 * so problems are reported in source order. Not thread-safe: one lexer per parse.
 */
final class Lexer {

    private final String text;
    private int index;
    private Kind last;

    Lexer(String text) {
        this.text = text;
    }

    /** The next token, or {@code null} at the end of the text. */
    Token next() {
        while (index < text.length() && isWhiteSpace(text.charAt(index))) {
            index++;
        }
        if (index >= text.length()) {
            return null;
        }
        Token token = read(text.charAt(index));
        last = token.kind();
        return token;
    }

    private Token read(char c) {
        return switch (c) {
            case '(' -> single(Kind.LPAREN);
            case ')' -> single(Kind.RPAREN);
            case '[' -> single(Kind.LBRACKET);
            case ']' -> single(Kind.RBRACKET);
            case ',' -> single(Kind.COMMA);
            case '*' -> single(Kind.STAR);
            case '\'' -> readString();
            case '!' -> pair('=', Kind.NE, Kind.NOT);
            case '<' -> pair('=', Kind.LE, Kind.LT);
            case '>' -> pair('=', Kind.GE, Kind.GT);
            case '=' -> pair('=', Kind.EQ, null);
            case '&' -> pair('&', Kind.AND, null);
            case '|' -> pair('|', Kind.OR, null);
            case '.' -> startsNumber() ? readNumber() : single(Kind.DOT);
            default -> c == '-' || c == '+' || (c >= '0' && c <= '9') ? readNumber() : readKeyword();
        };
    }

    /** After nothing, {@code ,}, {@code (}, {@code [} or an operator, a {@code .} begins a number. */
    private boolean startsNumber() {
        return last == null || last == Kind.COMMA || last == Kind.LPAREN || last == Kind.LBRACKET
                || last.isOperator();
    }

    private Token single(Kind kind) {
        int start = index++;
        return new Token(kind, text.substring(start, index), start);
    }

    /** A two-character operator {@code c second}, else the one-character {@code single}, else unreadable. */
    private Token pair(char second, Kind both, Kind single) {
        if (index + 1 < text.length() && text.charAt(index + 1) == second) {
            int start = index;
            index += 2;
            return new Token(both, text.substring(start, index), start);
        }
        return single != null ? single(single) : readKeyword();
    }

    private Token readString() {
        int start = index++;
        StringBuilder value = new StringBuilder();
        while (index < text.length()) {
            char c = text.charAt(index++);
            if (c == '\'') {
                if (index >= text.length() || text.charAt(index) != '\'') {
                    return new Token(Kind.LITERAL, text.substring(start, index), start, new Value.Str(value.toString()));
                }
                index++;
            }
            value.append(c);
        }
        return new Token(Kind.UNEXPECTED, text.substring(start), start);
    }

    private Token readNumber() {
        int start = index;
        do {
            index++;
        } while (index < text.length() && (!isBoundary(text.charAt(index)) || text.charAt(index) == '.'));
        String raw = text.substring(start, index);
        double d = NumberText.parse(raw);
        return Double.isNaN(d) ? new Token(Kind.UNEXPECTED, raw, start) : new Token(Kind.LITERAL, raw, start, new Value.Num(d));
    }

    private Token readKeyword() {
        int start = index++;
        while (index < text.length() && !isBoundary(text.charAt(index))) {
            index++;
        }
        String raw = text.substring(start, index);
        if (!isLegalKeyword(raw)) {
            return new Token(Kind.UNEXPECTED, raw, start);
        }
        if (last == Kind.DOT) {
            return new Token(Kind.PROPERTY_NAME, raw, start);
        }
        switch (raw) {
            case "null":
                return new Token(Kind.LITERAL, raw, start, Value.NULL);
            case "true":
                return new Token(Kind.LITERAL, raw, start, Value.TRUE);
            case "false":
                return new Token(Kind.LITERAL, raw, start, Value.FALSE);
            case "NaN":
                return new Token(Kind.LITERAL, raw, start, new Value.Num(Double.NaN));
            case "Infinity":
                return new Token(Kind.LITERAL, raw, start, new Value.Num(Double.POSITIVE_INFINITY));
            default:
                break;
        }
        int ahead = index;
        while (ahead < text.length() && isWhiteSpace(text.charAt(ahead))) {
            ahead++;
        }
        boolean call = ahead < text.length() && text.charAt(ahead) == '(';
        return new Token(call ? Kind.FUNCTION : Kind.NAMED_VALUE, raw, start);
    }

    /** A letter or {@code _}, then letters, digits, {@code _} and {@code -}. */
    static boolean isLegalKeyword(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoundary(char c) {
        return switch (c) {
            case '(', '[', ')', ']', ',', '.', '!', '>', '<', '=', '&', '|' -> true;
            default -> isWhiteSpace(c);
        };
    }

    /** Whitespace as .NET's {@code Char.IsWhiteSpace} defines it (which includes no-break spaces). */
    static boolean isWhiteSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0'
                || (c > 0xFF && Character.isSpaceChar(c));
    }
}
