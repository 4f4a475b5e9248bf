package dev.gantry.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.conformance.ActCorpusFiles;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every workflow of act's runner corpus that the reader can model is planned and run through the scheduler three
 * ways (all succeed; every second instance fails; the run is cancelled after the first start): planning and
 * scheduling never throw, every run ends with exactly one {@link Decision.Finish} as its last decision, and by
 * then every job has concluded.
 */
class CorpusRobustnessTest {

    private static final ContextEvaluator EVALUATOR = ContextEvaluator.of(Map.of(
            "github", new Value.Obj(Map.of("event_name", new Value.Str("push"), "ref", new Value.Str("refs/heads/main"))),
            "inputs", new Value.Obj(Map.of()), "vars", new Value.Obj(Map.of())));

    @Test
    void everyCorpusWorkflowRunsToOneFinish() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ActCorpusFiles.root())) {
            files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        int planned = 0;
        int runs = 0;
        for (Path file : files) {
            Parsed<Workflow> parsed = WorkflowReader.read(file.getFileName().toString(), Files.readString(file));
            if (parsed.value().isEmpty() || parsed.value().get().jobs().isEmpty()) {
                continue;
            }
            if (new RunPlanner(EVALUATOR).plan(parsed.value().get()) instanceof PlanOutcome.Planned p) {
                planned++;
                for (int mode = 0; mode < 3; mode++) {
                    run(file, new RunScheduler(p.plan(), EVALUATOR), mode);
                    runs++;
                }
            }
        }
        System.out.printf("scheduler robustness: %d workflow files, %d planned, %d runs%n", files.size(), planned, runs);
        assertThat(planned).isGreaterThan(50);
    }

    private static void run(Path file, RunScheduler scheduler, int mode) {
        List<Decision> all = new ArrayList<>();
        List<JobKey> running = new ArrayList<>();
        List<Decision> batch = scheduler.start();
        int finished = 0;
        boolean cancelled = false;
        for (int guard = 0; guard < 100_000; guard++) {
            all.addAll(batch);
            batch.forEach(d -> {
                if (d instanceof Decision.Start s) {
                    running.add(s.key());
                }
            });
            if (mode == 2 && !cancelled && !running.isEmpty()) {
                cancelled = true;
                batch = scheduler.cancel("test");
                continue;
            }
            if (running.isEmpty()) {
                break;
            }
            JobKey next = running.remove(0);
            finished++;
            Conclusion c = mode == 1 && finished % 2 == 0 ? new Conclusion.Failure("x")
                    : cancelled ? new Conclusion.Cancelled("x") : Conclusion.SUCCESS;
            batch = scheduler.onJobFinished(next, new JobResult(c, Map.of(), List.of(), List.of(), Instant.EPOCH, Instant.EPOCH));
        }
        assertThat(all).as("%s mode %d", file, mode).isNotEmpty();
        assertThat(all.get(all.size() - 1)).as("%s mode %d: %s", file, mode, all).isInstanceOf(Decision.Finish.class);
        assertThat(all.stream().filter(d -> d instanceof Decision.Finish)).hasSize(1);
        assertThat(scheduler.conclusion()).isPresent();
    }
}
