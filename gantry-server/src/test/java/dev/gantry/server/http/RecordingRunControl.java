package dev.gantry.server.http;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.run.RunControl;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RunStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run control for tests: records each call and acts on the stores as the coordinator would in the simplest way
 * (cancel completes the run cancelled; a re-run starts the next attempt with one job; a dispatch of
 * {@code missing.yml} is not found, of ref {@code bad} refused with 422, else creates a run).
 */
final class RecordingRunControl implements RunControl {

    final List<String> calls = new ArrayList<>();
    private final RunStore runs;

    RecordingRunControl(Database db) {
        this.runs = new RunStore(db);
    }

    @Override
    public synchronized Outcome cancel(RunId run, String actor) {
        calls.add("cancel " + run.value() + " by " + actor);
        return switch (runs.complete(run, new Conclusion.Cancelled("cancelled by alice"))) {
            case RunStore.Change.Changed c -> new Outcome.Done(List.of(run));
            case RunStore.Change.NotFound n -> new Outcome.NotFound("No run " + run.value() + ".");
            case RunStore.Change.AlreadyCompleted a -> new Outcome.Refused(409,
                    "Run " + run.value() + " has already completed.");
        };
    }

    @Override
    public synchronized Outcome rerun(RunId run, RerunScope scope, String actor) {
        String what = switch (scope) {
            case RerunScope.All a -> "all";
            case RerunScope.Failed f -> "failed";
            case RerunScope.Job j -> "job " + j.jobKey();
        };
        calls.add("rerun " + run.value() + " " + what + " by " + actor);
        return switch (runs.rerun(run, List.of(new NewRun.Job("build", "Build", List.of(), List.of("linux"))))) {
            case RunStore.Creation.Created c -> new Outcome.Done(List.of(run));
            case RunStore.Creation.NotCompleted n -> new Outcome.Refused(409,
                    "Run " + run.value() + " has not completed; cancel it first.");
            case RunStore.Creation.UnknownRun u -> new Outcome.NotFound("No run " + run.value() + ".");
            case RunStore.Creation.UnknownRepository u -> new Outcome.NotFound("No repository.");
        };
    }

    @Override
    public synchronized Outcome dispatch(Repository repository, String workflowPath, String ref,
                                         Map<String, String> inputs, String actor) {
        calls.add("dispatch " + repository.fullName() + " " + workflowPath + "@" + ref + " " + inputs + " by " + actor);
        if (workflowPath.endsWith("missing.yml")) {
            return new Outcome.NotFound("No workflow " + workflowPath + " at " + ref + ".");
        }
        if (ref.equals("bad")) {
            return new Outcome.Refused(422, "The input \"level\" must be one of: low, high.");
        }
        var created = (RunStore.Creation.Created) runs.create(new NewRun(repository.id(), workflowPath,
                "workflow_dispatch", "b".repeat(40), Optional.of(ref), actor), List.of());
        return new Outcome.Done(List.of(created.run().id()));
    }
}
