package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.runner.container.ContainerExec;
import dev.gantry.runner.envfile.EnvFileError;
import dev.gantry.runner.envfile.StepSummary;
import dev.gantry.workflow.model.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part every process of a step shares, whether a {@code run} script or a JavaScript action's phase: run the
 * command ({@link ScriptRunner}; in the job container when the job has one, else wrapped by the sandbox), turn its end into an outcome (a job timeout or a
 * cancellation reaches the job), then apply the env files and the workflow commands — whatever the outcome — to
 * the job: {@code GITHUB_ENV}, {@code GITHUB_PATH}, outputs, state and the step summary. A malformed env file
 * fails the step naming the step and the line.
 */
final class ProcessStep {

    /**
     * What the step's process gave: its outcome (before {@code continue-on-error}), its outputs and the state it
     * saved for later phases, raw.
     */
    record Result(StepStatus outcome, Map<String, String> outputs, Map<String, String> state) {
        Result(StepStatus outcome, Map<String, String> outputs) {
            this(outcome, outputs, Map.of());
        }
    }

    private final Step step;
    private final JobRun job;
    private final StepLog log;

    ProcessStep(Step step, JobRun job, StepLog log) {
        this.step = step;
        this.job = job;
        this.log = log;
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} (which names {@code files}); the files
     * are read back and returned to the job's spares afterwards.
     */
    Result run(List<String> command, Path directory, Map<String, String> environment, StepFiles files,
               Deadline deadline) {
        Path workspace = job.layout().workspace();
        List<String> wrapped;
        Map<String, String> processEnvironment = environment;
        if (job.containerExec().isPresent()) {
            ContainerExec.Wrapped exec = job.containerExec().get().wrap(command, directory, environment,
                    job.options().baseEnvironment());
            wrapped = exec.command();
            processEnvironment = exec.environment();
        } else {
            wrapped = job.options().sandbox().wrap(command,
                    List.of(workspace, job.layout().temp(), job.layout().toolCache()));
        }
        return runAsIs(wrapped, directory, processEnvironment, files, deadline);
    }

    /**
     * {@link #run} without the job container or the sandbox: for a command that is a container client itself (a
     * docker action's {@code docker run}).
     */
    Result runAsIs(List<String> command, Path directory, Map<String, String> environment, StepFiles files,
                   Deadline deadline) {
        ProcessEnd end = new ScriptRunner(job.options().killGrace()).run(command, directory, environment,
                log.pipeline(), deadline, job.progress()::processStarted, job::cancel);
        return afterwards(outcome(end), files);
    }

    /** A failure before any process ran, logged as an error naming the step. */
    Result failed(String message) {
        log.error("step '" + StepNames.given(step) + "': " + message);
        return new Result(StepStatus.FAILURE, Map.of());
    }

    private StepStatus outcome(ProcessEnd end) {
        return switch (end) {
            case ProcessEnd.Exited x when x.code() == 0 -> StepStatus.SUCCESS;
            case ProcessEnd.Exited x -> {
                log.error("Process completed with exit code " + x.code() + ".");
                yield StepStatus.FAILURE;
            }
            case ProcessEnd.TimedOut t when t.deadline().source() == Deadline.Source.STEP -> {
                log.error(t.deadline().message());
                yield StepStatus.FAILURE;
            }
            case ProcessEnd.TimedOut t -> {
                log.error(t.deadline().message());
                job.timeOut(t.deadline());
                yield StepStatus.CANCELLED;
            }
            case ProcessEnd.Cancelled c -> {
                log.error("The operation was canceled.");
                job.cancel();
                yield StepStatus.CANCELLED;
            }
            case ProcessEnd.NotStarted n -> {
                log.error("step '" + StepNames.given(step) + "': " + n.message());
                yield StepStatus.FAILURE;
            }
        };
    }

    /** Env files and workflow commands: applied whatever the outcome; a malformed file fails the step. */
    private Result afterwards(StepStatus outcome, StepFiles files) {
        StepFiles.Effects effects = files.read();
        job.spareFiles().giveBack(files);
        JobProgress progress = job.progress();
        progress.setEnv(log.commands().env());
        progress.prependPath(log.commands().path());
        progress.setEnv(effects.env());
        progress.prependPath(effects.path());
        Map<String, String> outputs = new LinkedHashMap<>(log.commands().outputs());
        outputs.putAll(effects.outputs());
        StepStatus result = outcome;
        for (EnvFileError error : effects.errors()) {
            log.error("step '" + StepNames.given(step) + "': " + error.render());
            result = result == StepStatus.SUCCESS ? StepStatus.FAILURE : result;
        }
        if (!log.commands().failures().isEmpty() && result == StepStatus.SUCCESS) {
            result = StepStatus.FAILURE;
        }
        summary(effects.summary());
        Map<String, String> state = new LinkedHashMap<>(log.commands().state());
        state.putAll(effects.state());
        return new Result(result, outputs, state);
    }

    private void summary(StepSummary summary) {
        switch (summary) {
            case StepSummary.Empty e -> { }
            case StepSummary.TooLarge t -> log.warning(t.warning());
            case StepSummary.Markdown m -> {
                Path file = job.layout().summaryFile();
                try {
                    Files.writeString(file, job.masker().mask(m.text()) + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    log.print("Step summary added to " + file);
                } catch (IOException e) {
                    log.warning("cannot keep the step summary: " + e.getMessage());
                }
            }
        }
    }
}
