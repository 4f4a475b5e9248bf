package dev.gantry.workflow.expr;

/**
 * One token of an expression. {@code raw} is the source spelling (quotes included for strings), {@code offset}
 * its 0-based start; {@code value} is the literal's value for the literal kinds and {@link Value#NULL} otherwise.
 */
record Token(Kind kind, String raw, int offset, Value value) {

    enum Kind {
        LITERAL, NAMED_VALUE, FUNCTION, PROPERTY_NAME,
        DOT, STAR, LBRACKET, RBRACKET, LPAREN, RPAREN, COMMA,
        NOT, EQ, NE, LT, LE, GT, GE, AND, OR,
        /** Text the lexer cannot read: a bad number, an unclosed string, a stray character. */
        UNEXPECTED;

        /** Operators after which a {@code .} starts a number such as {@code .5}, not a property access. */
        boolean isOperator() {
            return switch (this) {
                case NOT, EQ, NE, LT, LE, GT, GE, AND, OR -> true;
                default -> false;
            };
        }
    }

    Token(Kind kind, String raw, int offset) {
        this(kind, raw, offset, Value.NULL);
    }
}
