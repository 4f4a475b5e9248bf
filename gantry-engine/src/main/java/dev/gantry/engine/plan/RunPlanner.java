package dev.gantry.engine.plan;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a workflow: checks the {@code needs} graph and expands each job's strategy into instances with the
 * caller's {@link ExpressionEvaluator} (which supplies {@code github}, {@code inputs} and {@code vars}). A
 * strategy that reads {@code needs} is left {@link Instances.Deferred} for the scheduler; one that cannot be
 * evaluated is {@link Instances.Invalid}, and fails its job only when the job would start, as on GitHub.
 * Stateless apart from the evaluator; never throws for bad input.
 */
public final class RunPlanner {

    private final TemplateResolver templates;
    private final StrategyResolver strategies;

    public RunPlanner(ExpressionEvaluator evaluator) {
        this.templates = new TemplateResolver(evaluator);
        this.strategies = new StrategyResolver(templates);
    }

    /** Plans the workflow for {@code event}; {@link PlanOutcome.NotTriggered} when it does not listen to it. */
    public PlanOutcome plan(Workflow workflow, String event) {
        if (workflow.on().events().isEmpty()) {
            return new PlanOutcome.NotTriggered("the workflow has no 'on' events");
        }
        if (workflow.on().find(event).isEmpty()) {
            return new PlanOutcome.NotTriggered("the workflow does not listen to '%s'".formatted(event));
        }
        return plan(workflow);
    }

    /** Plans every job of the workflow, whatever its events. */
    public PlanOutcome plan(Workflow workflow) {
        List<PlanError> problems = JobGraph.problems(workflow.jobs());
        if (!problems.isEmpty()) {
            return new PlanOutcome.Invalid(problems);
        }
        Map<String, PlannedJob> jobs = new LinkedHashMap<>();
        workflow.jobs().forEach((id, job) -> jobs.put(id, new PlannedJob(id, job,
                job.needs().stream().map(Named::name).toList(), instances(id, job))));
        return new PlanOutcome.Planned(new RunPlan(workflow, jobs, JobGraph.of(workflow.jobs())));
    }

    private Instances instances(String id, Job job) {
        if (ContextUse.strategyUses(job.strategy(), "needs")) {
            return new Instances.Deferred("the strategy uses the needs context");
        }
        return expand(id, job, new Value.Obj(Map.of()));
    }

    /** The job's instances with the given {@code needs} context, or why it has none. */
    public Instances expand(String id, Job job, Value.Obj needs) {
        return switch (strategies.resolve(job.strategy(), Map.of("needs", needs))) {
            case Evaluated.Error<JobStrategy> e -> new Instances.Invalid(PlanError.of(id, e.message(), e.span()));
            case Evaluated.Ok<JobStrategy> ok -> new Instances.Expanded(ok.value(), named(id, job, ok.value(), needs));
        };
    }

    private List<JobInstance> named(String id, Job job, JobStrategy strategy, Value.Obj needs) {
        List<JobInstance> instances = new ArrayList<>();
        for (int i = 0; i < strategy.combinations().size(); i++) {
            Value.Obj combination = strategy.combinations().get(i);
            Map<String, Value> contexts = Map.of("needs", needs, "matrix", combination, "strategy", strategy.context(i));
            JobKey key = strategy.matrix() ? JobKey.of(id, i) : JobKey.of(id);
            instances.add(new JobInstance(key, DisplayName.of(job.name(), combination, strategy.matrix(), templates, contexts),
                    combination));
        }
        return instances;
    }
}
