package dev.gantry.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PlainFolder;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobExecutor;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.engine.schedule.RunScheduler;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.model.Workflow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shell around the scheduler: cancelling a run interrupts what runs and still runs always() jobs. */
class RunDriverTest {

    private static final String WORKFLOW = """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: sleep 1000
              deploy:
                needs: build
                runs-on: ubuntu-latest
                steps:
                  - run: deploy
              cleanup:
                needs: build
                if: always()
                runs-on: ubuntu-latest
                steps:
                  - run: cleanup
              report:
                needs: build
                if: cancelled()
                runs-on: ubuntu-latest
                steps:
                  - run: report
            """;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch buildRunning = new CountDownLatch(1);

    /** build blocks until interrupted; the rest succeed at once. */
    private final JobExecutor executor = (request, listener) -> {
        Instant started = Instant.now();
        events.add("start " + request.jobKey());
        if (request.jobKey().jobId().equals("build")) {
            buildRunning.countDown();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                events.add("interrupted build");
                return new JobResult(new Conclusion.Cancelled("stopped"), Map.of(), List.of(), List.of(), started,
                        Instant.now());
            }
        }
        return new JobResult(Conclusion.SUCCESS, Map.of(), List.of(), List.of(), started, Instant.now());
    };

    @Test
    void cancellingTheRunInterruptsRunningJobsAndStillRunsAlwaysJobs() throws Exception {
        RunDriver driver = driver(WORKFLOW);
        RunRecorder recorder = this.recorder;
        Conclusion[] result = new Conclusion[1];
        Thread thread = Thread.ofVirtual().start(() -> result[0] = driver.drive());

        assertThat(buildRunning.await(10, TimeUnit.SECONDS)).isTrue();
        driver.cancel("cancelled by SIGINT");
        thread.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(thread.isAlive()).isFalse();
        assertThat(result[0]).isEqualTo(new Conclusion.Cancelled("cancelled by SIGINT"));
        assertThat(events).containsExactlyInAnyOrder("start build", "interrupted build", "start cleanup",
                "start report");
        RunReport report = recorder.reports().get(0);
        assertThat(report.jobs()).extracting(j -> j.job().key().jobId() + "=" + j.conclusion().result())
                .containsExactly("build=cancelled", "deploy=cancelled", "cleanup=success", "report=success");
    }

    @Test
    void anExecutorThatThrowsFailsItsJobNotTheRun() {
        RunDriver driver = driver("""
                on: push
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - run: x
                  b:
                    needs: a
                    if: failure()
                    runs-on: ubuntu-latest
                    steps:
                      - run: y
                """, (request, listener) -> {
                    if (request.jobKey().equals(JobKey.of("a"))) {
                        throw new IllegalStateException("executor bug");
                    }
                    return new JobResult(Conclusion.SUCCESS, Map.of(), List.of(), List.of(), Instant.now(), Instant.now());
                });

        Conclusion conclusion = driver.drive();

        assertThat(conclusion).isInstanceOf(Conclusion.Failure.class);
        assertThat(recorder.reports().get(0).jobs()).extracting(j -> j.conclusion().result())
                .containsExactly("failure", "success");
        assertThat(((Conclusion.Failure) recorder.reports().get(0).jobs().get(0).conclusion()).reason())
                .contains("the executor failed").contains("executor bug");
    }

    private RunRecorder recorder;

    private RunDriver driver(String yaml) {
        return driver(yaml, executor);
    }

    private RunDriver driver(String yaml, JobExecutor jobs) {
        Workflow workflow = WorkflowReader.read("ci.yml", yaml).value().orElseThrow();
        var loaded = new LoadedWorkflow("ci.yml", ".github/workflows/ci.yml", workflow);
        var event = new EventBuilder(new PlainFolder("repo")).build("push");
        var inputs = new RunInputs(event, Map.of(), Map.of(), Map.of(), Map.of());
        var placement = LocalMachine.placement(Path.of("repo"), Path.of("tmp"));
        RunInfo info = RunInfo.of("1", 1, loaded.repositoryPath(), workflow);
        var contexts = ((RunContexts.Result.Built) RunContexts.of(loaded, inputs, info,
                placement.runner("1", JobKey.of("build")))).contexts();
        RunPlan plan = ((PlanOutcome.Planned) new RunPlanner(contexts.evaluator()).plan(workflow)).plan();
        RunRef ref = new RunRef(0, "ci", "ci.yml", "1");
        recorder = new RunRecorder(Clock.systemUTC());
        recorder.expect(ref, List.copyOf(plan.jobs().keySet()));
        Redactor redactor = new Redactor(List.of());
        var calls = new CallRunner(new CallRunner.Scope(loaded, inputs, info, Map.of(), placement, redactor, 1),
                Clock.systemUTC());
        var setup = new RunDriver.Setup(ref, plan, new RunScheduler(plan, contexts.evaluator()),
                new JobLauncher("1", workflow, contexts, placement), redactor, calls);
        return new RunDriver(setup, jobs, new Semaphore(4), recorder, Clock.systemUTC());
    }
}
