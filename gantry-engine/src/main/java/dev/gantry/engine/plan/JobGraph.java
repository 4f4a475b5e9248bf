package dev.gantry.engine.plan;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code needs} graph of a workflow's jobs: checked ({@link #problems}: unknown jobs, cycles), then ordered
 * into levels — level 0 holds the jobs that need nothing, level n the jobs whose deepest need is on level n-1 —
 * each level in source order. The reader validates {@code needs} too; this check stands on its own so that a
 * model built any other way is never scheduled with a broken graph. Immutable.
 */
public final class JobGraph {

    private final Map<String, List<String>> needs;
    private final List<List<String>> levels;

    private JobGraph(Map<String, List<String>> needs, List<List<String>> levels) {
        this.needs = needs;
        this.levels = levels;
    }

    /** Every problem of the graph of {@code jobs} (in source order), each naming its job and position. */
    public static List<PlanError> problems(Map<String, Job> jobs) {
        List<PlanError> problems = new ArrayList<>();
        if (jobs.isEmpty()) {
            problems.add(new PlanError(Optional.empty(), "the workflow has no jobs", Span.NONE));
            return problems;
        }
        for (Job job : jobs.values()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Named need : job.needs()) {
                if (!jobs.containsKey(need.name())) {
                    problems.add(PlanError.of(job.id().name(), "needs unknown job \"%s\"".formatted(need.name()), need.span()));
                } else if (!seen.add(need.name())) {
                    problems.add(PlanError.of(job.id().name(), "needs job \"%s\" twice".formatted(need.name()), need.span()));
                }
            }
        }
        new CycleFinder(jobs).cycles().forEach(cycle -> problems.add(PlanError.of(cycle.get(0),
                "needs form a cycle: " + String.join(" -> ", cycle), jobs.get(cycle.get(0)).id().span())));
        return problems;
    }

    /** The graph of {@code jobs}, which must have no {@link #problems}. */
    public static JobGraph of(Map<String, Job> jobs) {
        List<PlanError> problems = problems(jobs);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("job graph has problems: " + problems);
        }
        Map<String, List<String>> needs = new LinkedHashMap<>();
        jobs.forEach((id, job) -> needs.put(id, job.needs().stream().map(Named::name).distinct().toList()));
        Map<String, Integer> level = new HashMap<>();
        needs.keySet().forEach(id -> levelOf(id, needs, level));
        int depth = level.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> levels = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            int l = i;
            levels.add(needs.keySet().stream().filter(id -> level.get(id) == l).toList());
        }
        return new JobGraph(Collections.unmodifiableMap(needs), List.copyOf(levels));
    }

    private static int levelOf(String id, Map<String, List<String>> needs, Map<String, Integer> level) {
        Integer known = level.get(id);
        if (known != null) {
            return known;
        }
        int l = 0;
        for (String need : needs.get(id)) {
            l = Math.max(l, levelOf(need, needs, level) + 1);
        }
        level.put(id, l);
        return l;
    }

    /** The job ids in source order. */
    public List<String> jobIds() {
        return List.copyOf(needs.keySet());
    }

    /** The jobs {@code id} needs directly, as written. */
    public List<String> needs(String id) {
        return needs.getOrDefault(id, List.of());
    }

    /** Every job {@code id} depends on, directly or through others. */
    public Set<String> ancestors(String id) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(needs(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                todo.addAll(needs(next));
            }
        }
        return out;
    }

    /** The jobs in levels: what can run first, then what can run once those have finished, and so on. */
    public List<List<String>> levels() {
        return levels;
    }
}
