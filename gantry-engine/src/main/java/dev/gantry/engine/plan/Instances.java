package dev.gantry.engine.plan;

import java.util.List;
import java.util.Objects;

/** What the planner knows of a job's instances before the run starts. */
public sealed interface Instances {

    /** The strategy could be evaluated: these instances, in matrix order. */
    record Expanded(JobStrategy strategy, List<JobInstance> instances) implements Instances {
        public Expanded {
            Objects.requireNonNull(strategy, "strategy");
            instances = List.copyOf(instances);
        }
    }

    /** The strategy uses {@code needs}: the instances are known only when the needed jobs have finished. */
    record Deferred(String why) implements Instances {
        public Deferred {
            Objects.requireNonNull(why, "why");
        }
    }

    /** The strategy cannot be evaluated; the job fails when it would start (as on GitHub). */
    record Invalid(PlanError error) implements Instances {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }
}
