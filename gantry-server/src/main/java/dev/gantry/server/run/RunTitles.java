package dev.gantry.server.run;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Concurrency;
import java.util.Map;
import java.util.Optional;

/**
 * The run-wide fields evaluated when a run is planned: its title ({@code run-name}) and its workflow-level
 * concurrency group. Both see {@code github}, {@code inputs} and {@code vars}. Pure.
 */
final class RunTitles {

    private RunTitles() {}

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

    /** The workflow's concurrency group; empty when it has none or the group evaluates to an empty string. */
    static Evaluated<Optional<Group>> group(RunBlueprint blueprint) {
        if (blueprint.workflow().concurrency().isEmpty()) {
            return Evaluated.ok(Optional.empty());
        }
        Concurrency c = blueprint.workflow().concurrency().get();
        var templates = new TemplateResolver(blueprint.evaluator());
        return templates.value(c.group(), Map.of()).map(Interpolation::toText)
                .then(name -> templates.value(c.cancelInProgress(), Map.of()).map(Value::isTruthy)
                        .map(cancel -> name.isEmpty() ? Optional.<Group>empty() : Optional.of(new Group(name, cancel))));
    }
}
