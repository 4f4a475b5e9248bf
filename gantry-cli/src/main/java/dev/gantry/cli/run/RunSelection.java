package dev.gantry.cli.run;

import dev.gantry.engine.context.Problem;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.engine.trigger.MatchResult;
import dev.gantry.engine.trigger.TriggerMatcher;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what runs: matches each workflow against the event, builds its run-wide contexts (resolving the
 * inputs), keeps the jobs {@code -j} asks for with every job they need, and plans what is left.
 *
 * <p>{@code -j JOB} runs the job together with the jobs it needs, directly or through others, so that
 * {@code needs.<job>.outputs} and results hold real values. act runs the named job alone; GitHub has no such
 * option. Pure apart from its arguments; problems that stop the whole invocation are a {@link UsageProblem}.
 */
final class RunSelection {

    private RunSelection() {}

    /**
     * @param runIdBase the first run's id; each further workflow gets the next number
     * @throws UsageProblem inputs or a workflow {@code env} that cannot be resolved, a graph that cannot be
     *                      planned, or {@code -j} naming a job no triggered workflow has
     */
    static List<Selected> select(List<LoadedWorkflow> workflows, RunInputs inputs, List<String> onlyJobs,
                                 long runIdBase, JobHost.Placement placement) throws UsageProblem {
        List<Selected> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < workflows.size(); i++) {
            LoadedWorkflow loaded = workflows.get(i);
            MatchResult match = TriggerMatcher.match(loaded.workflow(), inputs.event());
            if (match instanceof MatchResult.NotMatched) {
                out.add(new Selected.NotTriggered(loaded, match.describe()));
                continue;
            }
            Workflow workflow = loaded.workflow();
            if (!onlyJobs.isEmpty()) {
                List<String> wanted = onlyJobs.stream().filter(workflow.jobs()::containsKey).toList();
                if (wanted.isEmpty()) {
                    out.add(new Selected.NotTriggered(loaded, "it has no job " + String.join(" or ", onlyJobs)));
                    continue;
                }
                found.addAll(wanted);
                workflow = withJobs(workflow, closure(workflow, wanted));
            }
            RunInfo run = RunInfo.of(Long.toString(runIdBase + i), 1, loaded.repositoryPath(), loaded.workflow());
            String firstJob = workflow.jobs().keySet().stream().findFirst().orElse("");
            switch (RunContexts.of(loaded, inputs, run, placement.runner(run.runId(), JobKey.of(firstJob)))) {
                case RunContexts.Result.Invalid invalid -> invalid.problems().stream().map(Problem::render)
                        .forEach(problems::add);
                case RunContexts.Result.Built built -> {
                    switch (new RunPlanner(built.contexts().evaluator()).plan(workflow)) {
                        case PlanOutcome.Planned planned -> out.add(new Selected.Triggered(loaded, run,
                                built.contexts(), planned.plan(), match.describe()));
                        case PlanOutcome.Invalid invalid -> invalid.errors()
                                .forEach(e -> problems.add(e.render(loaded.displayPath())));
                        case PlanOutcome.NotTriggered not -> out.add(new Selected.NotTriggered(loaded, not.why()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageProblem(String.join(System.lineSeparator(), problems));
        }
        List<String> missing = onlyJobs.stream().filter(j -> !found.contains(j)).toList();
        if (!missing.isEmpty()) {
            throw new UsageProblem("-j: no workflow triggered by %s has a job %s".formatted(inputs.event().name(),
                    String.join(", ", missing)));
        }
        return out;
    }

    /** The wanted jobs and every job they need, directly or through others. */
    static Set<String> closure(Workflow workflow, List<String> wanted) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(wanted);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            Job job = workflow.jobs().get(id);
            if (job != null && out.add(id)) {
                job.needs().stream().map(Named::name).forEach(todo::add);
            }
        }
        return out;
    }

    private static Workflow withJobs(Workflow w, Set<String> keep) {
        Map<String, Job> jobs = new LinkedHashMap<>();
        w.jobs().forEach((id, job) -> {
            if (keep.contains(id)) {
                jobs.put(id, job);
            }
        });
        return new Workflow(w.name(), w.runName(), w.on(), w.permissions(), w.env(), w.defaults(), w.concurrency(),
                jobs, w.span());
    }
}
