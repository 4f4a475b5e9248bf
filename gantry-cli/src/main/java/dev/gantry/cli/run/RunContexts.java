package dev.gantry.cli.run;

import dev.gantry.engine.context.ContextAssembler;
import dev.gantry.engine.context.JobContexts;
import dev.gantry.engine.context.Problem;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.context.RunnerInfo;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.ExpressionEvaluator;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contexts of one workflow's run: the run-wide ones the planner and scheduler evaluate job-level fields with
 * ({@code github}, {@code inputs}, {@code vars}), and the full set each job instance starts with. The run's base
 * environment ({@code --env}, {@code --env-file}) is the bottom layer of each job's {@code env} context, below the
 * workflow's {@code env}; the executor layers the job's and steps' {@code env} over that, so every step's
 * expressions and process see it. Immutable and thread-safe; pure apart from what it is given.
 */
final class RunContexts {

    /** The contexts, or every problem found building them (a bad input, a workflow {@code env} that fails). */
    sealed interface Result {
        record Built(RunContexts contexts) implements Result {}

        record Invalid(List<Problem> problems) implements Result {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    private final ContextAssembler.RunSetup setup;
    private final Map<String, Value> runWide;
    private final Map<String, String> baseEnv;

    private RunContexts(ContextAssembler.RunSetup setup, Map<String, Value> runWide, Map<String, String> baseEnv) {
        this.setup = setup;
        this.runWide = Map.copyOf(runWide);
        this.baseEnv = baseEnv;
    }

    /** {@code runner}: where the first job would run; the run-wide contexts do not depend on it. */
    static Result of(LoadedWorkflow workflow, RunInputs inputs, RunInfo run, RunnerInfo runner) {
        var setup = new ContextAssembler.RunSetup(workflow.displayPath(), workflow.workflow(), inputs.event(), run,
                inputs.vars(), inputs.secrets());
        String firstJob = workflow.workflow().jobs().keySet().stream().findFirst().orElse("");
        return switch (ContextAssembler.assemble(setup, ContextAssembler.JobSetup.single(firstJob, Map.of(), runner))) {
            case ContextAssembler.Result.Invalid invalid -> new Result.Invalid(invalid.problems());
            case ContextAssembler.Result.Assembled assembled -> {
                JobContexts c = assembled.contexts();
                yield new Result.Built(new RunContexts(setup,
                        Map.of("github", c.github(), "inputs", c.inputs(), "vars", c.vars()), inputs.env()));
            }
        };
    }

    /** Evaluates job-level fields ({@code if}, {@code strategy}, {@code name}, {@code concurrency}). */
    ExpressionEvaluator evaluator() {
        return ContextEvaluator.of(runWide);
    }

    /** The run-wide contexts and {@code more} (e.g. {@code jobs} for a called workflow's outputs). */
    ExpressionEvaluator evaluator(Map<String, Value> more) {
        Map<String, Value> all = new LinkedHashMap<>(runWide);
        all.putAll(more);
        return ContextEvaluator.of(all);
    }

    /**
     * The contexts job {@code jobId} starts with on {@code runner}: the assembled ones, with the base environment
     * under the workflow's {@code env}, and the scheduler's {@code needs}, {@code matrix} and {@code strategy} over
     * them.
     */
    Map<String, Value> forJob(String jobId, Map<String, Value> fromScheduler, RunnerInfo runner) {
        var job = ContextAssembler.JobSetup.single(jobId, Map.of(), runner);
        Map<String, Value> out = new LinkedHashMap<>();
        switch (ContextAssembler.assemble(setup, job)) {
            case ContextAssembler.Result.Assembled assembled -> out.putAll(assembled.contexts().asMap());
            // The same setup assembled when the run started; only github.job and paths differ: cannot fail.
            case ContextAssembler.Result.Invalid invalid -> out.putAll(runWide);
        }
        out.put("env", withBaseEnv(out.get("env")));
        out.putAll(fromScheduler);
        return out;
    }

    /** The base environment with the workflow's {@code env} (absent when the assembly failed) over it. */
    private Value.Obj withBaseEnv(Value workflowEnv) {
        Map<String, Value> env = new LinkedHashMap<>();
        baseEnv.forEach((k, v) -> env.put(k, new Value.Str(v)));
        if (workflowEnv instanceof Value.Obj obj) {
            env.putAll(obj.members());
        }
        return new Value.Obj(env);
    }

    /** The secrets of the run, by name, for the executor to mask. */
    Map<String, String> secrets() {
        return setup.secrets();
    }
}
