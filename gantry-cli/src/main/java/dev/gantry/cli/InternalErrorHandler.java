package dev.gantry.cli;

import picocli.CommandLine;

/**
 * Turns an exception that escaped a command — a bug, never a user error — into one line on stderr and exit
 * code 3. The stack trace is printed only when {@code GANTRY_DEBUG} is set.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int EXIT_INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().printf("gantry: internal error: %s%n", e);
        if (System.getenv("GANTRY_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("gantry: set GANTRY_DEBUG=1 to see where it happened, and please report it");
        }
        cmd.getErr().flush();
        return EXIT_INTERNAL_ERROR;
    }
}
