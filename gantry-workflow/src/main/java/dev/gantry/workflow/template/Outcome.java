package dev.gantry.workflow.template;

/** What checking one scalar found. */
public enum Outcome {
    /** No expression: a literal. */
    LITERAL,
    /** The whole value is one expression; it satisfies any shape. */
    WHOLE,
    /** Expressions embedded in text: the value is a string. */
    EMBEDDED,
    /** The field takes no expression; reported. */
    NOT_ALLOWED,
    /** An expression is malformed or uses what its field does not allow; reported. */
    INVALID
}
