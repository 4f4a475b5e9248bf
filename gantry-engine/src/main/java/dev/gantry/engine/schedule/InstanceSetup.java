package dev.gantry.engine.schedule;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.JobInstance;
import dev.gantry.engine.plan.JobStrategy;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Concurrency;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.RunnerJob;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates what each instance of a job needs before it can be scheduled: its contexts ({@code needs},
 * {@code matrix}, {@code strategy}), its {@code continue-on-error} and its concurrency group (both may use
 * {@code matrix}).
 */
final class InstanceSetup {

    private final TemplateResolver templates;

    InstanceSetup(TemplateResolver templates) {
        this.templates = templates;
    }

    /** The contexts of one instance; {@code matrix} is null for a job without a matrix, as on GitHub. */
    static Map<String, Value> contexts(Value.Obj needs, JobInstance instance, JobStrategy strategy, Value.Obj strategyContext) {
        Map<String, Value> contexts = new LinkedHashMap<>();
        contexts.put("needs", needs);
        contexts.put("matrix", strategy.matrix() ? instance.matrix() : Value.NULL);
        contexts.put("strategy", strategyContext);
        return contexts;
    }

    Evaluated<InstanceRun> setup(Job job, JobInstance instance, JobStrategy strategy, int index, Value.Obj needs) {
        Value.Obj strategyContext = strategy.context(index);
        Map<String, Value> contexts = contexts(needs, instance, strategy, strategyContext);
        Evaluated<Boolean> continueOnError = switch (job) {
            case RunnerJob r -> templates.value(r.continueOnError(), contexts).map(Value::isTruthy);
            case CallJob c -> Evaluated.ok(false);
        };
        return continueOnError.then(coe -> group(job.concurrency(), contexts)
                .map(g -> new InstanceRun(instance, strategyContext, coe, g)));
    }

    private Evaluated<Optional<InstanceRun.Group>> group(Optional<Concurrency> concurrency, Map<String, Value> contexts) {
        if (concurrency.isEmpty()) {
            return Evaluated.ok(Optional.empty());
        }
        Concurrency c = concurrency.get();
        return templates.value(c.group(), contexts).map(Interpolation::toText)
                .then(name -> templates.value(c.cancelInProgress(), contexts).map(Value::isTruthy)
                        .map(cancel -> name.isEmpty() ? Optional.<InstanceRun.Group>empty()
                                : Optional.of(new InstanceRun.Group(name, cancel))));
    }
}
