package dev.gantry.server.http;

/**
 * A request the API refuses: an HTTP status and one sentence for the caller. Thrown by handlers and turned into
 * a JSON {@code {"message": "…"}} response by {@link ApiServer}; it never reaches a log as a stack trace.
 */
public final class ApiRefusal extends RuntimeException {

    private final int status;

    public ApiRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    public static ApiRefusal badRequest(String message) {
        return new ApiRefusal(400, message);
    }

    public static ApiRefusal notFound(String message) {
        return new ApiRefusal(404, message);
    }

    public static ApiRefusal unprocessable(String message) {
        return new ApiRefusal(422, message);
    }
}
