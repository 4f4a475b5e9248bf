package dev.gantry.server.store;

/**
 * The store cannot be opened: the database is unreachable, refuses the credentials, is in use by another
 * process, or the data folder cannot be written. The message is one sentence for the user, naming the folder or
 * URL (never a password); no stack trace is needed to act on it.
 */
public final class StoreUnavailableException extends Exception {

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
