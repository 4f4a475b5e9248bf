package dev.gantry.server.run;

import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.engine.schedule.Decision;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Concurrency;
import java.util.Map;
import java.util.Optional;

/**
 * The fields evaluated on the server beside the scheduler: a run's title ({@code run-name}) and workflow-level
 * concurrency group (both see {@code github}, {@code inputs} and {@code vars}), and a job's concurrency group
 * (which also sees what the job starts with). Pure.
 */
final class ServerSideFields {

    private ServerSideFields() {}

    /** A workflow-level concurrency group, evaluated. */
    record Group(String name, boolean cancelInProgress) {}

    /** The evaluated {@code run-name}; empty when there is none, it fails, or it is blank. */
    static Optional<String> of(RunBlueprint blueprint) {
        return blueprint.workflow().runName()
                .map(name -> new TemplateResolver(blueprint.evaluator()).value(name, Map.of()))
                .flatMap(v -> v instanceof Evaluated.Ok<Value> ok ? Optional.of(Interpolation.toText(ok.value()))
                        : Optional.empty())
                .map(String::strip).filter(text -> !text.isEmpty());
    }

    /**
     * A job's concurrency group, evaluated with the contexts it starts with ({@code matrix}, {@code needs}…);
     * empty when it has none or the group evaluates to an empty string.
     */
    static Evaluated<Optional<Group>> jobGroup(RunBlueprint blueprint, Decision.Start start) {
        if (start.job().concurrency().isEmpty()) {
            return Evaluated.ok(Optional.empty());
        }
        return group(start.job().concurrency().get(), new TemplateResolver(ContextEvaluator.of(
                blueprint.jobContexts(start.key().jobId(), start.contexts()))));
    }

    /** The workflow's concurrency group; empty when it has none or the group evaluates to an empty string. */
    static Evaluated<Optional<Group>> group(RunBlueprint blueprint) {
        if (blueprint.workflow().concurrency().isEmpty()) {
            return Evaluated.ok(Optional.empty());
        }
        return group(blueprint.workflow().concurrency().get(), new TemplateResolver(blueprint.evaluator()));
    }

    private static Evaluated<Optional<Group>> group(Concurrency c, TemplateResolver templates) {
        return templates.value(c.group(), Map.of()).map(Interpolation::toText)
                .then(name -> templates.value(c.cancelInProgress(), Map.of()).map(Value::isTruthy)
                        .map(cancel -> name.isEmpty() ? Optional.<Group>empty() : Optional.of(new Group(name, cancel))));
    }
}
