package dev.gantry.api.rest;

/**
 * Why a {@link GantryClient} request did not get its answer; each message is one sentence for the user. The root
 * of three precise kinds: the server could not be reached, it refused the request, or its answer made no sense.
 */
public abstract sealed class GantryClientException extends Exception {

    private GantryClientException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** No connection, a timeout, a bad URL: nothing was answered. */
    public static final class Unreachable extends GantryClientException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server answered with an error status; the message is the server's own. */
    public static final class Refused extends GantryClientException {
        private final int status;

        public Refused(int status, String message) {
            super(message, null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The server answered 2xx with a body that is not the resource asked for. */
    public static final class Unreadable extends GantryClientException {
        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
