package dev.gantry.engine.schedule;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Job;
import java.util.Map;
import java.util.Objects;

/**
 * What the scheduler asks its shell to do. A job that never starts is concluded by {@link Skip}, {@link Fail} or
 * {@link Abandon}; its key has no matrix index when the job was concluded before its matrix was expanded.
 */
public sealed interface Decision {

    /**
     * Run this instance now; report its result with {@link RunScheduler#onJobFinished}.
     *
     * @param contexts {@code needs} (the needed jobs' results and outputs), {@code matrix} (the combination, null
     *                 for a job without a matrix) and {@code strategy}
     */
    record Start(JobKey key, String displayName, Job job, Map<String, Value> contexts) implements Decision {
        public Start {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(job, "job");
            contexts = Map.copyOf(contexts);
        }
    }

    /** The job does not run (its {@code if} is false, e.g. because a needed job failed); concluded skipped. */
    record Skip(JobKey key, String why) implements Decision {
        public Skip {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(why, "why");
        }
    }

    /** The job cannot run (its {@code if} or strategy cannot be evaluated); concluded failed without starting. */
    record Fail(JobKey key, String reason) implements Decision {
        public Fail {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Stop this running instance; it still reports its result (normally cancelled) when it has stopped. */
    record Cancel(JobKey key, String reason) implements Decision {
        public Cancel {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** This instance, not started yet, never will be (fail-fast, run cancelled, superseded); concluded cancelled. */
    record Abandon(JobKey key, String reason) implements Decision {
        public Abandon {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Every job has concluded: the run's conclusion. Always the last decision, given once. */
    record Finish(Conclusion conclusion) implements Decision {
        public Finish {
            Objects.requireNonNull(conclusion, "conclusion");
        }
    }
}
