package dev.gantry.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.JobTimeout;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.engine.schedule.Decision;
import dev.gantry.server.store.NewRun;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the scheduler's {@link Decision.Start} into what is stored and handed to an agent: the job row (its
 * {@code runs-on} labels evaluated, lower-cased as label matching ignores case) and the {@link JobSpec}. A job the
 * server cannot hand out is refused with the reason it fails. Pure.
 */
final class JobSpecs {

    private JobSpecs() {}

    sealed interface Launch {
        record Ready(NewRun.Job job, JobSpec spec) implements Launch {}

        record Refused(NewRun.Job job, String reason) implements Launch {}
    }

    static Launch launch(RunBlueprint blueprint, Decision.Start start, String cloneUrl) {
        String id = start.key().jobId();
        List<String> needs = start.job().needs().stream().map(Named::name).toList();
        var row = new NewRun.Job(start.key().toString(), start.displayName(), needs, List.of());
        if (!(start.job() instanceof RunnerJob job)) {
            String uses = start.job() instanceof CallJob call ? call.uses().name() : "another workflow";
            return new Launch.Refused(row, ("job \"%s\" calls %s: reusable workflows do not run on the server yet "
                    + "(gantry run runs them)").formatted(id, uses));
        }
        Map<String, Value> contexts = blueprint.jobContexts(id, start.contexts());
        List<String> labels = new ArrayList<>();
        for (Template<String> label : job.runsOn().labels()) {
            switch (new TemplateResolver(ContextEvaluator.of(contexts)).value(label, Map.of())) {
                case Evaluated.Ok<Value> ok -> {
                    if (ok.value() instanceof Value.Arr arr) {
                        arr.items().forEach(v -> labels.add(Interpolation.toText(v).toLowerCase(Locale.ROOT)));
                    } else {
                        labels.add(Interpolation.toText(ok.value()).toLowerCase(Locale.ROOT));
                    }
                }
                case Evaluated.Error<Value> e -> {
                    return new Launch.Refused(row, "job \"%s\": runs-on: %s".formatted(id, e.message()));
                }
            }
        }
        row = new NewRun.Job(row.key(), row.name(), needs, labels.stream().filter(l -> !l.isBlank()).distinct()
                .toList());
        Duration timeout;
        switch (JobTimeout.of(job, contexts)) {
            case Evaluated.Error<Duration> e -> {
                return new Launch.Refused(row, "job \"%s\": timeout-minutes: %s".formatted(id, e.message()));
            }
            case Evaluated.Ok<Duration> ok -> timeout = ok.value();
        }
        var run = blueprint.run();
        var repository = blueprint.repository();
        var spec = new JobSpec(run.id().value(), run.runNumber(), run.runAttempt(), run.workflowPath(),
                blueprint.source().workflowText(), start.key().toString(), id, start.displayName(),
                new JobSpec.RepositoryRef(repository.owner(), repository.name(), cloneUrl,
                        repository.defaultBranch()),
                run.headSha(), blueprint.event().revision().ref(), run.event(), blueprint.payloadJson(),
                blueprint.source().inputs(), run.actor(), blueprint.source().triggeringActor().equals(run.actor())
                        ? "" : blueprint.source().triggeringActor(),
                schedulerContexts(start.contexts()), Map.of(), Map.of(), timeout.toMillis() / 60_000.0, row.runsOn());
        return new Launch.Ready(row, spec);
    }

    private static JsonNode schedulerContexts(Map<String, Value> contexts) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        contexts.forEach((name, value) -> out.set(name, ValueJson.toJson(value)));
        return out;
    }
}
