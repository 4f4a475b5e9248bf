package dev.gantry.workflow.cron;

import java.util.Objects;

/**
 * Why a cron expression is not accepted.
 *
 * @param expression the expression as written
 * @param message    what is wrong, naming the field, e.g. {@code hour 24 is out of range (0-23)}
 * @param offset     0-based offset in {@code expression} where the problem starts
 */
public record CronError(String expression, String message, int offset) {

    public CronError {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(message, "message");
        if (offset < 0 || offset > expression.length()) {
            throw new IllegalArgumentException("offset %d outside the expression".formatted(offset));
        }
    }

    /** {@code invalid cron expression "0 3 * *": expected exactly 5 fields …}: the line a validator prints. */
    public String describe() {
        return "invalid cron expression \"%s\": %s".formatted(expression, message);
    }
}
