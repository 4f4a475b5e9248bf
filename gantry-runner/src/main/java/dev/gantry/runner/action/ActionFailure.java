package dev.gantry.runner.action;

/** A built-in action's phase failed; the message is one clear sentence shown as the step's error. */
public final class ActionFailure extends Exception {

    public ActionFailure(String message) {
        super(message);
    }

    public ActionFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
