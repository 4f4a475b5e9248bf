package dev.gantry.workflow.filter;

/** Whether a pattern list selects what runs ({@code branches}, {@code tags}, {@code paths}) or what is skipped. */
public enum ListKind {
    /** {@code branches}, {@code tags}, {@code paths}: {@code !} patterns are allowed and un-select. */
    INCLUDE,
    /** {@code branches-ignore}, {@code tags-ignore}, {@code paths-ignore}: GitHub forbids {@code !} patterns. */
    IGNORE
}
