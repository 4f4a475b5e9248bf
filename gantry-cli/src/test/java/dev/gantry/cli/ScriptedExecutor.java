package dev.gantry.cli;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobExecutor;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.engine.exec.JobRequest;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import dev.gantry.engine.exec.StepStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link JobExecutor} for tests: each job plays a script chosen by job id (by default one successful step
 * that prints a line); records every request and the most jobs it ever ran at once. Thread-safe.
 */
final class ScriptedExecutor implements JobExecutor {

    /** What one job does. */
    record Script(List<ScriptStep> steps, Map<String, String> outputs, boolean blockUntilInterrupted,
                  List<Annotation> annotations) {

        static Script succeeds(String... lines) {
            return new Script(List.of(new ScriptStep("Run", Optional.of("run"), List.of(lines), StepStatus.SUCCESS)),
                    Map.of(), false, List.of());
        }

        static Script fails(String... lines) {
            return new Script(List.of(new ScriptStep("Run", Optional.of("run"), List.of(lines), StepStatus.FAILURE)),
                    Map.of(), false, List.of());
        }

        static Script blocks() {
            return new Script(List.of(), Map.of(), true, List.of());
        }

        Script withOutputs(Map<String, String> values) {
            return new Script(steps, values, blockUntilInterrupted, annotations);
        }

        Script withAnnotation(Annotation annotation) {
            List<Annotation> all = new ArrayList<>(annotations);
            all.add(annotation);
            return new Script(steps, outputs, blockUntilInterrupted, all);
        }
    }

    record ScriptStep(String name, Optional<String> id, List<String> lines, StepStatus status) {}

    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<JobRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger mostActive = new AtomicInteger();

    /** Plays {@code script} for the job instance {@code key} ({@code test[1]}) or every instance of a job id. */
    ScriptedExecutor script(String key, Script script) {
        scripts.put(key, script);
        return this;
    }

    List<JobRequest> requests() {
        return List.copyOf(requests);
    }

    Optional<JobRequest> request(String key) {
        return requests.stream().filter(r -> r.jobKey().toString().equals(key)).findFirst();
    }

    int mostAtOnce() {
        return mostActive.get();
    }

    @Override
    public JobResult execute(JobRequest request, JobListener listener) throws InterruptedException {
        requests.add(request);
        mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        Instant started = Instant.now();
        try {
            Script script = scripts.getOrDefault(request.jobKey().toString(), scripts.getOrDefault(
                    request.jobKey().jobId(), Script.succeeds("hello from " + request.jobKey())));
            if (script.blockUntilInterrupted()) {
                listener.stepStarted(0, "Wait");
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    listener.log(0, "interrupted");
                    StepResult step = new StepResult(0, Optional.empty(), "Wait", StepStatus.CANCELLED,
                            StepStatus.CANCELLED, Map.of(), started, Instant.now());
                    listener.stepFinished(step);
                    return new JobResult(new Conclusion.Cancelled("the job was cancelled"), Map.of(), List.of(step),
                            List.of(), started, Instant.now());
                }
            }
            List<StepResult> steps = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < script.steps().size(); i++) {
                ScriptStep s = script.steps().get(i);
                Instant stepStart = Instant.now();
                listener.stepStarted(i, s.name());
                int index = i;
                s.lines().forEach(line -> listener.log(index, line));
                for (Annotation a : script.annotations()) {
                    listener.annotation(i, a);
                }
                StepResult result = new StepResult(i, s.id(), s.name(), s.status(), s.status(), Map.of(), stepStart,
                        Instant.now());
                listener.stepFinished(result);
                steps.add(result);
                failed |= s.status() == StepStatus.FAILURE;
            }
            Conclusion conclusion = failed ? new Conclusion.Failure("a step failed") : Conclusion.SUCCESS;
            return new JobResult(conclusion, script.outputs(), steps, script.annotations(), started, Instant.now());
        } finally {
            active.decrementAndGet();
        }
    }
}
