package dev.gantry.engine.schedule;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.workflow.expr.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives a {@link RunScheduler} with a scripted executor, on one thread: it starts what the scheduler says,
 * then finishes one running instance at a time — first one asked to cancel (it reports cancelled), else the
 * earliest started that is not held, else a held one — and records every decision and every result as a line.
 */
final class ScriptedRun {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    final List<String> log = new ArrayList<>();
    final Map<String, Map<String, Value>> startContexts = new LinkedHashMap<>();
    private final List<JobKey> running = new ArrayList<>();
    private final Set<JobKey> cancelRequested = new HashSet<>();
    private final Scenario scenario;
    private final RunScheduler scheduler;
    private boolean cancelled;

    ScriptedRun(Scenario scenario, RunScheduler scheduler) {
        this.scenario = scenario;
        this.scheduler = scheduler;
    }

    void run() {
        apply(scheduler.start());
        for (int guard = 0; guard < 10_000 && !running.isEmpty(); guard++) {
            JobKey next = next();
            running.remove(next);
            Scenario.ScriptedResult scripted = scenario.results().getOrDefault(next.toString(), Scenario.SUCCESS);
            Conclusion conclusion = cancelRequested.contains(next) ? new Conclusion.Cancelled("cancelled") : scripted.conclusion();
            log.add("finished " + next + " " + conclusion.result());
            apply(scheduler.onJobFinished(next, new JobResult(conclusion, scripted.outputs(), List.of(), List.of(), T0, T0)));
        }
    }

    private JobKey next() {
        for (JobKey key : running) {
            if (cancelRequested.contains(key)) {
                return key;
            }
        }
        for (JobKey key : running) {
            if (!scenario.results().getOrDefault(key.toString(), Scenario.SUCCESS).hold()) {
                return key;
            }
        }
        return running.get(0);
    }

    private void apply(List<Decision> decisions) {
        List<Decision> follow = new ArrayList<>();
        for (Decision d : decisions) {
            log.add(line(d));
            switch (d) {
                case Decision.Start s -> {
                    running.add(s.key());
                    startContexts.put(s.key().toString(), s.contexts());
                    if (!cancelled && scenario.cancelWhenStarted().filter(k -> k.equals(s.key().toString())).isPresent()) {
                        cancelled = true;
                        log.add("cancel run");
                        follow.addAll(scheduler.cancel("cancelled by the user"));
                    }
                }
                case Decision.Cancel c -> cancelRequested.add(c.key());
                default -> { }
            }
        }
        if (!follow.isEmpty()) {
            apply(follow);
        }
    }

    static String line(Decision d) {
        return switch (d) {
            case Decision.Start s -> "start " + s.key() + (s.displayName().equals(s.key().jobId()) ? "" : " \"" + s.displayName() + "\"");
            case Decision.Skip s -> "skip " + s.key();
            case Decision.Fail f -> "fail " + f.key();
            case Decision.Cancel c -> "cancel " + c.key();
            case Decision.Abandon a -> "abandon " + a.key();
            case Decision.Finish f -> "finish " + f.conclusion().result();
        };
    }
}
