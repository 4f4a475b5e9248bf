package dev.gantry.workflow.expr;

/**
 * A problem with an expression, in one of three phases. {@link #getMessage()} is GitHub's full wording:
 * {@code <reason>. Located at position <offset+1> within expression: <expr>}, or without the position part
 * when there is none.
 */
public final class ExpressionException extends Exception {

    public enum Phase { LEXING, PARSING, EVALUATION }

    private final Phase phase;
    private final String reason;
    private final int offset;

    /** @param offset 0-based offset in the expression text, or -1 when the problem has no position */
    public ExpressionException(Phase phase, String reason, int offset, String message) {
        super(message);
        this.phase = phase;
        this.reason = reason;
        this.offset = offset;
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
