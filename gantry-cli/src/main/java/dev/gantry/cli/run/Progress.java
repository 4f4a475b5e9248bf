package dev.gantry.cli.run;

/** How a run is shown while it runs. */
public enum Progress {
    /** The live board when standard output is a terminal (and {@code TERM} is not {@code dumb}), else plain. */
    auto,
    /** A status board redrawn in place with ANSI escapes, logs streaming above it. */
    live,
    /** Prefixed lines as they come, for logs and pipes. */
    plain;

    /** {@link #auto} resolved for this process. */
    public Progress resolve() {
        if (this != auto) {
            return this;
        }
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
        return terminal ? live : plain;
    }
}
