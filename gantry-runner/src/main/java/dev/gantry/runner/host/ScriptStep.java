package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.envfile.EnvFileError;
import dev.gantry.runner.envfile.StepSummary;
import dev.gantry.runner.shell.Shell;
import dev.gantry.runner.shell.ShellResolver;
import dev.gantry.workflow.model.Defaults;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import dev.gantry.workflow.model.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code run} step's work: evaluate the script, the shell and the working directory (the step's, else the job's
 * {@code defaults.run}, else the workflow's), write the script to a file in the runner temp, compose the
 * environment ({@link ProcessEnvironment}), run the process ({@link ScriptRunner}) and read back the env files
 * ({@link StepFiles}) and the workflow commands' outputs. Every failure is logged as an error naming the step.
 */
final class ScriptStep {

    /** What the step gave: its outcome (before {@code continue-on-error}) and its outputs, raw. */
    record Result(StepStatus outcome, Map<String, String> outputs) {}

    private final int index;
    private final Step step;
    private final StepAction.Run run;
    private final JobRun job;
    private final StepLog log;

    ScriptStep(int index, Step step, StepAction.Run run, JobRun job, StepLog log) {
        this.index = index;
        this.step = step;
        this.run = run;
        this.job = job;
        this.log = log;
    }

    Result run(StepExpressions expressions, Map<String, String> stepEnv, Deadline deadline) {
        Evaluated<String> script = expressions.text("run", run.script());
        Evaluated<Optional<String>> shellName = optional(expressions, "shell", run.shell()
                .or(() -> fromDefaults(Defaults::shell)));
        Evaluated<Optional<String>> directory = optional(expressions, "working-directory", run.workingDirectory()
                .or(() -> fromDefaults(Defaults::workingDirectory)));
        for (Evaluated<?> field : List.of(script, shellName, directory)) {
            if (field instanceof Evaluated.Error<?> e) {
                return failed(e.message() + JobRun.at(e));
            }
        }
        String text = ((Evaluated.Ok<String>) script).value();
        StepFiles files;
        try {
            files = job.spareFiles().take(index);
        } catch (IOException e) {
            return failed("cannot create the step's env files: " + e.getMessage());
        }
        Map<String, String> variables = new LinkedHashMap<>(files.variables());
        variables.put("GITHUB_ACTION", step.id().name());
        JobProgress progress = job.progress();
        Map<String, String> environment = ProcessEnvironment.of(job.options().baseEnvironment(),
                job.defaultEnvironment(), job.jobEnv(), progress.fileEnv(), stepEnv, variables, progress.path());
        Optional<String> written = ((Evaluated.Ok<Optional<String>>) shellName).value();
        Shell shell;
        switch (new ShellResolver(job.options().shells()).resolve(written, environment.get("PATH"))) {
            case ShellResolver.Resolution.Resolved r -> shell = r.shell();
            case ShellResolver.Resolution.Rejected r -> {
                return failed(r.message());
            }
        }
        Path workspace = job.layout().workspace();
        Path workingDirectory = ((Evaluated.Ok<Optional<String>>) directory).value()
                .map(d -> workspace.resolve(d).normalize()).orElse(workspace);
        if (!Files.isDirectory(workingDirectory)) {
            return failed("the working directory " + workingDirectory + " does not exist");
        }
        Path scriptFile = job.layout().temp().resolve(UUID.randomUUID() + shell.extension());
        try {
            Files.writeString(scriptFile, shell.script(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed("cannot write the script to " + scriptFile + ": " + e.getMessage());
        }
        header(text, shell, stepEnv);
        List<String> command = job.options().sandbox().wrap(shell.command(scriptFile),
                List.of(workspace, job.layout().temp(), job.layout().toolCache()));
        ProcessEnd end = new ScriptRunner(job.options().killGrace()).run(command, workingDirectory, environment,
                log.pipeline(), deadline, progress::processStarted, job::cancel);
        StepStatus outcome = outcome(end);
        return afterwards(outcome, files);
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
        return new Result(result, outputs);
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

    /** GitHub's header of a run step: the script, the shell, the step's env. Masked like everything else. */
    private void header(String text, Shell shell, Map<String, String> stepEnv) {
        String[] lines = text.split("\r\n|\r|\n");
        log.print("Run " + StepNames.firstLine(text));
        if (lines.length > 1) {
            for (String line : lines) {
                log.print("  " + line);
            }
        }
        log.print("  shell: " + shell.display());
        if (!stepEnv.isEmpty()) {
            log.print("  env:");
            stepEnv.forEach((k, v) -> log.print("    " + k + ": " + v));
        }
    }

    private Result failed(String message) {
        log.error("step '" + StepNames.given(step) + "': " + message);
        return new Result(StepStatus.FAILURE, Map.of());
    }

    private Optional<Template<String>> fromDefaults(java.util.function.Function<Defaults, Optional<Template<String>>> field) {
        return job.job().defaults().flatMap(field)
                .or(() -> job.request().workflowDefaults().flatMap(field));
    }

    private static Evaluated<Optional<String>> optional(StepExpressions expressions, String field,
                                                        Optional<Template<String>> template) {
        return template.isEmpty() ? Evaluated.ok(Optional.empty())
                : expressions.text(field, template.get()).map(Optional::of);
    }
}
