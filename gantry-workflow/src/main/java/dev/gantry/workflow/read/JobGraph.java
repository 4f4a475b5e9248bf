package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks {@code needs} across jobs (rule {@value #RULE}): unknown jobs, cycles (every edge inside a cycle is
 * reported, at the {@code needs} entry), and that at least one job has no dependencies. Linear in jobs + edges.
 */
final class JobGraph {

    static final String RULE = "job-needs";

    private JobGraph() {}

    static void check(List<Job> jobs, Span jobsSpan, Diagnostics diagnostics) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            index.putIfAbsent(jobs.get(i).id().name().toLowerCase(Locale.ROOT), i);
        }
        int[][] edges = new int[jobs.size()][];
        boolean anyRoot = false;
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            List<Named> needs = job.needs();
            edges[i] = new int[needs.size()];
            anyRoot |= needs.isEmpty();
            for (int k = 0; k < needs.size(); k++) {
                Integer target = index.get(needs.get(k).name().toLowerCase(Locale.ROOT));
                edges[i][k] = target == null ? -1 : target;
                if (target == null) {
                    diagnostics.error(RULE, Span.at(needs.get(k).span().start()),
                            "Job '%s' depends on unknown job '%s'.", job.id().name(), needs.get(k).name());
                }
            }
        }
        if (!anyRoot) {
            diagnostics.error(RULE, Span.at(jobsSpan.start()),
                    "The workflow must contain at least one job with no dependencies.");
        }
        int[] component = new Tarjan(edges).components();
        for (int i = 0; i < jobs.size(); i++) {
            for (int k = 0; k < edges[i].length; k++) {
                int t = edges[i][k];
                if (t >= 0 && component[t] == component[i]) {
                    Named need = jobs.get(i).needs().get(k);
                    diagnostics.error(RULE, Span.at(need.span().start()), "Job '%s' depends on job '%s' which creates"
                            + " a cycle in the dependency graph.", jobs.get(i).id().name(), need.name());
                }
            }
        }
    }

    /** Strongly connected components, iteratively (no recursion, whatever the number of jobs). */
    private static final class Tarjan {
        private final int[][] edges;
        private final int[] index;
        private final int[] low;
        private final int[] component;
        private final boolean[] onStack;
        private final Deque<Integer> stack = new ArrayDeque<>();
        private int counter;
        private int components;

        Tarjan(int[][] edges) {
            this.edges = edges;
            int n = edges.length;
            index = new int[n];
            low = new int[n];
            component = new int[n];
            onStack = new boolean[n];
            java.util.Arrays.fill(index, -1);
        }

        int[] components() {
            for (int v = 0; v < edges.length; v++) {
                if (index[v] < 0) {
                    visit(v);
                }
            }
            return component;
        }

        private void visit(int root) {
            Deque<int[]> work = new ArrayDeque<>();
            work.push(new int[] {root, 0});
            enter(root);
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                int v = frame[0];
                if (frame[1] < edges[v].length) {
                    int w = edges[v][frame[1]++];
                    if (w < 0) {
                        continue;
                    }
                    if (index[w] < 0) {
                        enter(w);
                        work.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                        size++;
                    } while (w != v);
                    if (size == 1 && !selfLoop(v)) {
                        component[v] = -1 - v;
                    }
                    components++;
                }
            }
        }

        private boolean selfLoop(int v) {
            for (int w : edges[v]) {
                if (w == v) {
                    return true;
                }
            }
            return false;
        }

        private void enter(int v) {
            index[v] = counter;
            low[v] = counter++;
            stack.push(v);
            onStack[v] = true;
        }
    }
}
