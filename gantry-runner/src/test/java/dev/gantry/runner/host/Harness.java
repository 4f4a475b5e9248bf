package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.context.ContextAssembler;
import dev.gantry.engine.context.RunInfo;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PlainFolder;
import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.engine.exec.JobRequest;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Workflow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs one job of a workflow written inline through a real {@link HostJobExecutor}, with contexts built by the
 * engine's {@link ContextAssembler}, and records everything the listener hears.
 */
final class Harness {

    private final HostOptions options;

    Harness(Path root) {
        this(HostOptions.under(root).withKillGrace(Duration.ofSeconds(2)));
    }

    Harness(HostOptions options) {
        this.options = options;
    }

    HostOptions options() {
        return options;
    }

    Run run(String yaml) {
        return run(yaml, Map.of());
    }

    Run run(String yaml, Map<String, String> secrets) {
        return run(yaml, secrets, Duration.ofMinutes(10));
    }

    Run run(String yaml, Map<String, String> secrets, Duration timeout) {
        try {
            return start(yaml, secrets, timeout).join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Starts the job's first job on a thread of its own; {@link Started#thread()} can be interrupted to cancel. */
    Started start(String yaml, Map<String, String> secrets, Duration timeout) {
        Parsed<Workflow> parsed = WorkflowReader.read("ci.yml", yaml);
        assertThat(parsed.value()).as("workflow parses: %s", parsed.diagnostics()).isPresent();
        assertThat(parsed.hasErrors()).as("workflow is valid: %s", parsed.diagnostics()).isFalse();
        Workflow workflow = parsed.value().orElseThrow();
        String jobId = workflow.jobs().keySet().iterator().next();
        RunnerJob job = (RunnerJob) workflow.jobs().get(jobId);
        HostJobExecutor executor = new HostJobExecutor(options);
        String runId = Long.toString(System.nanoTime());
        JobKey key = JobKey.of(jobId);
        var event = new EventBuilder(new PlainFolder("demo")).build("push");
        var setup = new ContextAssembler.RunSetup("ci.yml", workflow, event,
                RunInfo.of(runId, 1, ".github/workflows/ci.yml", workflow), Map.of(), secrets);
        var assembled = ContextAssembler.assemble(setup, ContextAssembler.JobSetup.single(jobId, Map.of(),
                executor.runnerInfo(runId, key)));
        var contexts = ((ContextAssembler.Result.Assembled) assembled).contexts();
        JobRequest request = new JobRequest(runId, key, jobId, job, contexts.asMap(), secrets, timeout,
                workflow.defaults());
        Recorder recorder = new Recorder();
        Started started = new Started(recorder);
        started.thread = Thread.ofVirtual().start(() -> started.result = executor.execute(request, recorder));
        return started;
    }

    static final class Started {
        final Recorder recorder;
        Thread thread;
        volatile JobResult result;

        Started(Recorder recorder) {
            this.recorder = recorder;
        }

        Thread thread() {
            return thread;
        }

        Run join() throws InterruptedException {
            thread.join();
            return new Run(result, recorder);
        }
    }

    /** What a job gave: its result and every listener call. */
    record Run(JobResult result, Recorder recorder) {
        StepResult step(String idOrName) {
            return result.steps().stream()
                    .filter(s -> s.id().map(idOrName::equals).orElse(false) || s.name().equals(idOrName))
                    .findFirst().orElseThrow(() -> new AssertionError("no step " + idOrName + " in " + result.steps()));
        }

        String log() {
            return String.join("\n", recorder.lines());
        }

        List<String> logOf(int index) {
            return recorder.linesOf(index);
        }
    }

    /** Records listener calls, checking the order the contract promises. */
    static final class Recorder implements JobListener {
        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());
        private final List<Annotation> annotations = Collections.synchronizedList(new ArrayList<>());

        record Line(int step, String text) {}

        @Override
        public void stepStarted(int stepIndex, String stepName) {
            calls.add("start " + stepIndex + " " + stepName);
        }

        @Override
        public void log(int stepIndex, String line) {
            lines.add(new Line(stepIndex, line));
        }

        @Override
        public void annotation(int stepIndex, Annotation annotation) {
            annotations.add(annotation);
        }

        @Override
        public void stepFinished(StepResult result) {
            calls.add("finish " + result.index() + " " + result.conclusion());
        }

        List<String> calls() {
            return List.copyOf(calls);
        }

        List<String> lines() {
            synchronized (lines) {
                return lines.stream().map(Line::text).toList();
            }
        }

        List<String> linesOf(int index) {
            synchronized (lines) {
                return lines.stream().filter(l -> l.step() == index).map(Line::text).collect(Collectors.toList());
            }
        }

        List<Annotation> annotations() {
            return List.copyOf(annotations);
        }
    }
}
