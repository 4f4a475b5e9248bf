package dev.gantry.cli.run;

import dev.gantry.engine.context.Problem;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.event.WorkflowCall;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.engine.schedule.RunScheduler;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.CallOutput;
import dev.gantry.workflow.model.CallSecret;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Workflow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Runs a job that calls a reusable workflow ({@code jobs.<id>.uses}) as GitHub does, inside the calling run: the
 * caller's {@code with:} and {@code secrets:} (or all of its secrets with {@code inherit}) are evaluated with the
 * calling job's contexts; the called workflow is planned for a {@code workflow_call} that keeps the caller's
 * commit, actor and payload ({@code github.event_name} stays the caller's); its jobs run as jobs of the calling
 * run, named {@code <caller> / <job>}, sharing its job slots; the call concludes as the called run does, with the
 * called workflow's {@code outputs} evaluated from its jobs. Inputs of the wrong type, missing required inputs or
 * secrets fail the call naming the called file and the caller. Calls nest up to {@value #MAX_DEPTH} levels.
 *
 * <p>Runs on the calling job's thread and blocks until the called jobs end; it takes no job slot itself, so a
 * call can never wait for the slot its own jobs need.
 */
final class CallRunner {

    /** GitHub's limit of nested reusable workflows, the top-level caller included. */
    static final int MAX_DEPTH = 10;

    /**
     * What a call needs from the run it is part of.
     *
     * @param caller  the calling workflow
     * @param inputs  the run's event, secrets, variables and base environment
     * @param run     the run ({@code github.run_id}, {@code github.workflow}: a called workflow sees the caller's)
     * @param secrets the calling workflow's secrets ({@code secrets: inherit} passes them all)
     * @param depth   1 for the workflow the event triggered, one more per call
     */
    record Scope(LoadedWorkflow caller, RunInputs inputs, RunInfo run, Map<String, String> secrets,
                 JobHost.Placement placement, Redactor redactor, int depth) {}

    private final Scope scope;
    private final Clock clock;

    CallRunner(Scope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * @param caller   the calling job as the run shows it
     * @param contexts the calling job's contexts ({@code needs}, {@code matrix}, {@code inputs} …)
     * @param drive    drives a nested run's scheduler with the given observer, as the calling run's driver does
     */
    JobResult run(JobRef caller, CallJob call, Workflow called, Map<String, Value> contexts, RunObserver observer,
                  BiFunction<RunDriver.Setup, RunObserver, Conclusion> drive) {
        var started = clock.instant();
        String file = call.uses().name();
        String where = "job \"%s\" of %s calls %s".formatted(caller.key().jobId(), scope.caller().displayPath(), file);
        if (scope.depth() >= MAX_DEPTH) {
            return ended(started, failure(where, "reusable workflows nest more than " + MAX_DEPTH + " levels deep"));
        }
        Trigger.Call trigger = called.on().find("workflow_call").orElse(null) instanceof Trigger.Call c ? c : null;
        if (trigger == null) {
            return ended(started, failure(where, "workflow_call key is not defined in the referenced workflow"));
        }
        TemplateResolver templates = new TemplateResolver(ContextEvaluator.of(contexts));
        Map<String, Value> with = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        evaluate(templates, "with", call.with(), problems).forEach(with::put);
        if (call.secretsInherit()) {
            secrets.putAll(scope.secrets());
        } else {
            evaluate(templates, "secrets", call.secrets(), problems)
                    .forEach((k, v) -> secrets.put(k, Interpolation.toText(v)));
        }
        for (CallSecret secret : trigger.secrets().values()) {
            if (secret.required() && secrets.keySet().stream().noneMatch(s -> s.equalsIgnoreCase(secret.id()))) {
                problems.add("%s:%d: the required secret '%s' is not passed".formatted(file,
                        secret.span().start().line(), secret.id()));
            }
        }
        if (!problems.isEmpty()) {
            return ended(started, failure(where, String.join("; ", problems)));
        }
        var event = WorkflowCall.from(scope.inputs().event(), with);
        var inputs = new RunInputs(event, secrets, scope.inputs().vars(), Map.of(), scope.inputs().env());
        var loaded = new LoadedWorkflow(file, file.startsWith("./") ? file.substring(2) : file, called);
        String firstJob = called.jobs().keySet().stream().findFirst().orElse("");
        RunContexts nested;
        switch (RunContexts.of(loaded, inputs, scope.run(), scope.placement().runner(scope.run().runId(),
                JobKey.of(firstJob)))) {
            case RunContexts.Result.Invalid invalid -> {
                return ended(started, failure(where, invalid.problems().stream().map(Problem::render)
                        .collect(Collectors.joining("; "))));
            }
            case RunContexts.Result.Built built -> nested = built.contexts();
        }
        RunPlan plan;
        switch (new RunPlanner(nested.evaluator()).plan(called)) {
            case PlanOutcome.Planned planned -> plan = planned.plan();
            case PlanOutcome.Invalid invalid -> {
                return ended(started, failure(where, invalid.errors().stream().map(e -> e.render(file))
                        .collect(Collectors.joining("; "))));
            }
            case PlanOutcome.NotTriggered not -> {
                return ended(started, new Conclusion.Skipped(not.why()));
            }
        }
        CalledJobs jobs = new CalledJobs(caller, observer);
        var inner = new Scope(loaded, inputs, scope.run(), secrets, scope.placement(), scope.redactor(),
                scope.depth() + 1);
        var setup = new RunDriver.Setup(caller.run(), plan, new RunScheduler(plan, nested.evaluator()),
                new JobLauncher(scope.run().runId(), called, nested, scope.placement()), scope.redactor(),
                new CallRunner(inner, clock));
        Conclusion conclusion = drive.apply(setup, jobs);
        Map<String, String> outputs = new LinkedHashMap<>();
        TemplateResolver forOutputs = new TemplateResolver(nested.evaluator(Map.of("jobs", jobs.jobsContext())));
        for (CallOutput output : trigger.outputs().values()) {
            switch (forOutputs.value(output.value(), Map.of())) {
                case Evaluated.Ok<Value> ok -> outputs.put(output.id(), Interpolation.toText(ok.value()));
                case Evaluated.Error<Value> e -> conclusion = conclusion instanceof Conclusion.Success
                        ? failure(where, "output '" + output.id() + "': " + e.message()) : conclusion;
            }
        }
        return new JobResult(conclusion, outputs, List.of(), List.of(), started, clock.instant());
    }

    private static Map<String, Value> evaluate(TemplateResolver templates, String field, EnvMap map,
                                               List<String> problems) {
        Map<String, Value> out = new LinkedHashMap<>();
        if (map.whole().isPresent()) {
            switch (templates.value(map.whole().get(), Map.of())) {
                case Evaluated.Ok<Value> ok when ok.value() instanceof Value.Obj obj -> out.putAll(obj.members());
                case Evaluated.Ok<Value> ok -> problems.add(field + " must be a mapping, got " + ok.value().kindName());
                case Evaluated.Error<Value> e -> problems.add(field + ": " + e.message());
            }
        }
        for (Map.Entry<String, Template<String>> entry : map.entries().entrySet()) {
            switch (templates.value(entry.getValue(), Map.of())) {
                case Evaluated.Ok<Value> ok -> out.put(entry.getKey(), ok.value());
                case Evaluated.Error<Value> e -> problems.add(field + "." + entry.getKey() + ": " + e.message());
            }
        }
        return out;
    }

    private static Conclusion failure(String where, String problem) {
        return new Conclusion.Failure(where + ": " + problem);
    }

    private JobResult ended(java.time.Instant started, Conclusion conclusion) {
        return new JobResult(conclusion, Map.of(), List.of(), List.of(), started, clock.instant());
    }
}
