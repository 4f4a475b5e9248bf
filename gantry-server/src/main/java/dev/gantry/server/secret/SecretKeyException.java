package dev.gantry.server.secret;

/**
 * The secrets key cannot do what was asked: its file is missing, unreadable or malformed, cannot be created, or
 * holds a key that does not open a stored value (the file was replaced or the row changed). The message is one
 * sentence naming the key file and what to do.
 */
public final class SecretKeyException extends Exception {

    public SecretKeyException(String message) {
        super(message, null, false, false);
    }

    public SecretKeyException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
