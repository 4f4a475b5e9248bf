package dev.gantry.workflow.yaml;

/** How a scalar was written in the source. Only {@link #PLAIN} scalars are typed by the core schema. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED;

    /** True for {@code |} and {@code >} scalars, whose content starts on the line after the indicator. */
    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
