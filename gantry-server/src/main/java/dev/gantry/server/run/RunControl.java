package dev.gantry.server.run;

import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What users do to runs through the API: cancel, re-run, dispatch. Implemented by the run coordinator;
 * thread-safe; each method returns once the change is stored (not when the run has finished).
 */
public interface RunControl {

    /**
     * Cancels a run that has not completed, at {@code actor}'s request: queued jobs are abandoned, running ones
     * asked to stop.
     */
    Outcome cancel(RunId run, String actor);

    /** Starts the next attempt of a completed run with the jobs {@code scope} selects. */
    Outcome rerun(RunId run, RerunScope scope, String actor);

    /**
     * Starts {@code workflowPath} of {@code repository} at branch or tag {@code ref} with a
     * {@code workflow_dispatch} event and {@code inputs} (typed and checked against the workflow's inputs).
     */
    Outcome dispatch(Repository repository, String workflowPath, String ref, Map<String, String> inputs,
                     String actor);

    /** Which jobs a re-run repeats: all, the failed ones (with the jobs that depend on them), or one job. */
    sealed interface RerunScope {
        record All() implements RerunScope {}

        record Failed() implements RerunScope {}

        /** The job with this key (and, as on GitHub, the jobs that depend on it). */
        record Job(String jobKey) implements RerunScope {
            public Job {
                Objects.requireNonNull(jobKey, "jobKey");
            }
        }
    }

    /** The outcome of a control request, each with one sentence for the caller where it did not happen. */
    sealed interface Outcome {
        /** Done; the runs it concerns (the cancelled run, the re-run, the dispatched runs). */
        record Done(List<RunId> runs) implements Outcome {
            public Done {
                runs = List.copyOf(runs);
            }
        }

        /** No such run, workflow, ref or job (404). */
        record NotFound(String message) implements Outcome {}

        /** The request does not fit the run's state or the workflow (409 for state, 422 for inputs). */
        record Refused(int status, String message) implements Outcome {}
    }
}
