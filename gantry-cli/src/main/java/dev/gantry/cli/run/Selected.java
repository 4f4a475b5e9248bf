package dev.gantry.cli.run;

import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.plan.RunPlan;
import java.util.Objects;

/** What becomes of one workflow for the event: it runs with this plan, or why it does not. */
sealed interface Selected {

    LoadedWorkflow workflow();

    /** The event triggers it; {@code plan} holds the jobs to run (only those {@code -j} selects). */
    record Triggered(LoadedWorkflow workflow, RunInfo run, RunContexts contexts, RunPlan plan, String why)
            implements Selected {
        public Triggered {
            Objects.requireNonNull(workflow, "workflow");
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(contexts, "contexts");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(why, "why");
        }
    }

    /** The event does not trigger it, or {@code -j} names none of its jobs. */
    record NotTriggered(LoadedWorkflow workflow, String why) implements Selected {
        public NotTriggered {
            Objects.requireNonNull(workflow, "workflow");
            Objects.requireNonNull(why, "why");
        }
    }
}
