package dev.gantry.engine.exec;

import java.util.Locale;

/** A step's outcome or conclusion, as in {@code steps.<id>.outcome} and {@code steps.<id>.conclusion}. */
public enum StepStatus {
    SUCCESS, FAILURE, CANCELLED, SKIPPED;

    /** The lower-case word GitHub uses. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
