package dev.gantry.engine.plan;

import java.util.List;
import java.util.Objects;

/** What planning one workflow gave: a plan, the reasons there is none, or that the event does not concern it. */
public sealed interface PlanOutcome {

    record Planned(RunPlan plan) implements PlanOutcome {
        public Planned {
            Objects.requireNonNull(plan, "plan");
        }
    }

    record Invalid(List<PlanError> errors) implements PlanOutcome {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid plan has at least one error");
            }
        }
    }

    /** The workflow does not listen to the event (or to any event): nothing to run, and not an error. */
    record NotTriggered(String why) implements PlanOutcome {
        public NotTriggered {
            Objects.requireNonNull(why, "why");
        }
    }
}
