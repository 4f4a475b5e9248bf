package dev.gantry.engine.exec;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** An {@code ::error}, {@code ::warning} or {@code ::notice} a step emitted, with its optional location. */
public record Annotation(Level level, String message, Optional<String> title, Optional<String> file,
                         OptionalInt line, OptionalInt column, OptionalInt endLine, OptionalInt endColumn) {

    public enum Level {
        ERROR, WARNING, NOTICE;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Annotation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(endLine, "endLine");
        Objects.requireNonNull(endColumn, "endColumn");
    }

    /** An annotation with a message only. */
    public static Annotation of(Level level, String message) {
        return new Annotation(level, message, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    }
}
