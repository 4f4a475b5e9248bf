package dev.gantry.workflow.diag;

/** How bad a diagnostic is. Only errors make {@code gantry validate} exit 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in JSON output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
