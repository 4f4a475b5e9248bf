package dev.gantry.cli.run;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;

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
        boolean terminal = onTerminal() && term != null && !term.isBlank() && !term.equals("dumb");
        return terminal ? live : plain;
    }

    /**
     * Whether this process talks to a terminal. From JDK 22 on, {@code System.console()} exists even when output
     * is redirected and {@code Console.isTerminal()} tells; it is looked up by reflection because the code is
     * compiled for Java 21, where a console exists only on a terminal.
     */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
            return false;
        }
    }
}
