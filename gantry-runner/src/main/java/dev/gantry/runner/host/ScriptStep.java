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

    private final int index;
    private final Step step;
    private final StepAction.Run run;
    private final JobRun job;
    private final StepScope scope;
    private final StepLog log;
    private final ProcessStep process;

    ScriptStep(int index, Step step, StepAction.Run run, JobRun job, StepScope scope, StepLog log) {
        this.index = index;
        this.step = step;
        this.run = run;
        this.job = job;
        this.scope = scope;
        this.log = log;
        this.process = new ProcessStep(step, job, log);
    }

    ProcessStep.Result run(StepExpressions expressions, Map<String, String> stepEnv, Deadline deadline) {
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
        Map<String, String> environment = job.processEnvironment(scope, stepEnv, files, step);
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
        return process.run(shell.command(scriptFile), workingDirectory, environment, files, deadline);
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

    private ProcessStep.Result failed(String message) {
        return process.failed(message);
    }

    /** {@code defaults.run} of the job, else of the workflow; a composite action's steps take none. */
    private Optional<Template<String>> fromDefaults(java.util.function.Function<Defaults, Optional<Template<String>>> field) {
        if (!scope.isJob()) {
            return Optional.empty();
        }
        return job.job().defaults().flatMap(field)
                .or(() -> job.request().workflowDefaults().flatMap(field));
    }

    private static Evaluated<Optional<String>> optional(StepExpressions expressions, String field,
                                                        Optional<Template<String>> template) {
        return template.isEmpty() ? Evaluated.ok(Optional.empty())
                : expressions.text(field, template.get()).map(Optional::of);
    }
}
