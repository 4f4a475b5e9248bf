package dev.gantry.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.JobStrategy;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.engine.plan.Workflows;
import dev.gantry.workflow.expr.Value;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduler's contract at its edges: misuse is a bug, cancellation before start, condition spelling. */
class RunSchedulerTest {

    private static final String TWO_JOBS = """
            on: push
            jobs:
              a: {runs-on: x, steps: [{run: 'true'}]}
              b: {runs-on: x, needs: a, if: "Always() && !SUCCESS()", steps: [{run: 'true'}]}
            """;

    @Test
    void startingTwiceOrReportingAnInstanceThatIsNotRunningIsABug() {
        RunScheduler scheduler = scheduler(TWO_JOBS);
        assertThat(scheduler.start()).containsExactly(startOf(scheduler, "a"));
        assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> scheduler.onJobFinished(JobKey.of("b"), result(Conclusion.SUCCESS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no instance b");
        assertThatThrownBy(() -> scheduler.onJobFinished(JobKey.of("zzz"), result(Conclusion.SUCCESS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no job zzz");
        scheduler.onJobFinished(JobKey.of("a"), result(Conclusion.SUCCESS));
        assertThatThrownBy(() -> scheduler.onJobFinished(JobKey.of("a"), result(Conclusion.SUCCESS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DONE");
    }

    @Test
    void statusFunctionsAreCaseInsensitiveAndMayBeNegated() {
        RunScheduler scheduler = scheduler(TWO_JOBS);
        scheduler.start();
        List<Decision> after = scheduler.onJobFinished(JobKey.of("a"), result(new Conclusion.Failure("x")));
        assertThat(after).extracting(ScriptedRun::line).containsExactly("start b");
        assertThat(scheduler.onJobFinished(JobKey.of("b"), result(Conclusion.SUCCESS)))
                .extracting(ScriptedRun::line).containsExactly("finish failure");
    }

    @Test
    void cancellingBeforeTheStartAbandonsEveryJobWithTheDefaultCondition() {
        RunScheduler scheduler = scheduler(TWO_JOBS);
        assertThat(scheduler.cancel("stop")).extracting(ScriptedRun::line).containsExactly("abandon a");
        assertThat(scheduler.cancel("again")).isEmpty();
        assertThat(scheduler.start()).extracting(ScriptedRun::line).containsExactly("start b");
        List<Decision> end = scheduler.onJobFinished(JobKey.of("b"), result(Conclusion.SUCCESS));
        assertThat(end).containsExactly(new Decision.Finish(new Conclusion.Cancelled("stop")));
        assertThat(scheduler.conclusion()).hasValue(new Conclusion.Cancelled("stop"));
        assertThat(scheduler.conclusions()).containsExactly(
                Map.entry(JobKey.of("a"), new Conclusion.Cancelled("stop")), Map.entry(JobKey.of("b"), Conclusion.SUCCESS));
    }

    @Test
    void skipReasonsNameTheJobsThatDidNotSucceed() {
        RunScheduler scheduler = scheduler("""
                on: push
                jobs:
                  a: {runs-on: x, steps: [{run: 'true'}]}
                  b: {runs-on: x, needs: a, steps: [{run: 'true'}]}
                """);
        scheduler.start();
        assertThat(scheduler.onJobFinished(JobKey.of("a"), result(new Conclusion.Failure("exit 1")))).containsExactly(
                new Decision.Skip(JobKey.of("b"), "needed jobs did not succeed: a failure"),
                new Decision.Finish(new Conclusion.Failure("failed: a")));
    }

    private static Decision startOf(RunScheduler scheduler, String job) {
        return new Decision.Start(JobKey.of(job), job, plan(TWO_JOBS).workflow().jobs().get(job),
                Map.of("needs", new Value.Obj(Map.of()),
                        "matrix", Value.NULL,
                        "strategy", JobStrategy.NONE.context(0)));
    }

    private static RunScheduler scheduler(String yaml) {
        return new RunScheduler(plan(yaml), ContextEvaluator.empty());
    }

    private static RunPlan plan(String yaml) {
        return ((PlanOutcome.Planned) new RunPlanner(ContextEvaluator.empty()).plan(Workflows.read(yaml))).plan();
    }

    private static JobResult result(Conclusion c) {
        return new JobResult(c, Map.of(), List.of(), List.of(), Instant.EPOCH, Instant.EPOCH);
    }
}
