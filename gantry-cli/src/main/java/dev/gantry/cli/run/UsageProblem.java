package dev.gantry.cli.run;

/**
 * A problem with what the user asked for — an unknown event, an unreadable secret file, a malformed option — that
 * stops {@code gantry run} before anything runs (exit code 2). The message names the option or file and is shown
 * as is; it never contains a secret value.
 */
public final class UsageProblem extends Exception {

    public UsageProblem(String message) {
        super(message);
    }
}
