package dev.gantry.workflow.expr;

/**
 * A problem with an expression, in one of three phases. {@link #getMessage()} is GitHub's full wording:
 * {@code <reason>. Located at position <offset+1> within expression: <expr>}, or
 * {@code <reason>. Located within expression: <expr>} when there is no position. Evaluation problems carry no
 * expression text (the evaluator sees only the tree), so their message is the reason alone.
 */
public final class ExpressionException extends Exception {

    public enum Phase { LEXING, PARSING, EVALUATION }

    private final Phase phase;
    private final String reason;
    private final int offset;

    /** @param offset 0-based offset in the expression text, or -1 when the problem has no position */
    public ExpressionException(Phase phase, String reason, int offset, String message) {
        super(message, null, false, false);
        this.phase = phase;
        this.reason = reason;
        this.offset = offset;
    }

    /** A problem at a place in {@code expression}; the message names the 1-based position. */
    static ExpressionException at(Phase phase, String reason, int offset, String expression) {
        return new ExpressionException(phase, reason, offset,
                "%s. Located at position %d within expression: %s".formatted(reason, offset + 1, expression));
    }

    /** A problem with {@code expression} as a whole, such as its depth. */
    static ExpressionException within(Phase phase, String reason, String expression) {
        return new ExpressionException(phase, reason, -1,
                "%s. Located within expression: %s".formatted(reason, expression));
    }

    /** A problem found while evaluating; the message is the reason. */
    static ExpressionException evaluation(String reason) {
        return new ExpressionException(Phase.EVALUATION, reason, -1, reason);
    }

    public Phase phase() {
        return phase;
    }

    /** The message without the location suffix, e.g. {@code Unexpected symbol: '|'}. */
    public String reason() {
        return reason;
    }

    /** 0-based offset in the expression text, or -1 when the problem has no position. */
    public int offset() {
        return offset;
    }
}
