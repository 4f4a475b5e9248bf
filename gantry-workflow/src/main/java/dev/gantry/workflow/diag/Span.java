package dev.gantry.workflow.diag;

/** A range of source text, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(Position start, Position end) {

    public Span {
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("span ends (%s) before it starts (%s)".formatted(end, start));
        }
    }

    /** An empty span at one position. */
    public static Span at(Position position) {
        return new Span(position, position);
    }

    /** An empty span at the given 1-based line and column. */
    public static Span at(int line, int column) {
        return at(new Position(line, column));
    }

    /** The span of a value that has no source of its own (built in code, not read from a file). */
    public static final Span NONE = at(Position.START);
}
