package dev.gantry.workflow.expr;

import dev.gantry.workflow.expr.StatusInfo.Outcome;

/**
 * {@code success() failure() cancelled() always()}, read from the caller's {@link StatusInfo}. Inside a composite
 * action, {@code success()} and {@code failure()} test the composite action's status when it is set.
 */
final class StatusFunctions {

    private StatusFunctions() {}

    static Value success(Arguments args) {
        return Value.of(args.context().status().effective() == Outcome.SUCCESS);
    }

    static Value failure(Arguments args) {
        return Value.of(args.context().status().effective() == Outcome.FAILURE);
    }

    static Value cancelled(Arguments args) {
        return Value.of(args.context().status().job() == Outcome.CANCELLED);
    }

    static Value always(Arguments args) {
        return Value.TRUE;
    }
}
