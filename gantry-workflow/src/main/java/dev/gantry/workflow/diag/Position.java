package dev.gantry.workflow.diag;

/** A place in a source file. Both numbers are 1-based, as editors and {@code gantry validate} print them. */
public record Position(int line, int column) implements Comparable<Position> {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("position must be 1-based, got %d:%d".formatted(line, column));
        }
    }

    /** The first character of a file. */
    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
