package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.container.ActionContainer;
import dev.gantry.runner.container.ActionImages;
import dev.gantry.runner.container.ContainerExec;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.container.DockerEngine;
import dev.gantry.runner.container.EngineFailure;
import dev.gantry.runner.container.JobContainers;
import dev.gantry.runner.container.OptionWords;
import dev.gantry.runner.container.ResourceLabels;
import dev.gantry.workflow.action.ActionRuns;
import dev.gantry.workflow.action.DockerImage;
import dev.gantry.workflow.action.Text;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One phase of a docker action ({@code runs.using: docker}, or a {@code uses: docker://image} step) as GitHub's
 * runner runs it: the image built from the action's Dockerfile (context: the action's folder) or pulled
 * ({@link ActionImages}), then a one-shot container ({@link ActionContainer}) with the workspace, runner temp and
 * tool cache mounted at their host paths, the workspace as working directory, the step's environment with
 * {@code INPUT_<ID>} for every input, {@code runs.env}, {@code STATE_*}; the entry point is {@code runs.entrypoint}
 * ({@code pre-entrypoint}, {@code post-entrypoint} for the other phases; the step's {@code with: entrypoint}
 * replaces it in the main phase), the arguments {@code runs.args} evaluated with the {@code inputs} context (the
 * step's {@code with: args}, split as a shell would, when given instead), as GitHub documents {@code with.args} and
 * {@code with.entrypoint}. In a container job the container joins the job's
 * network (in a job with only services, their network). Its output, exit code, env files and workflow commands are
 * the step's, as for a script ({@link ProcessStep}); the container is removed afterwards, also after a timeout or a
 * cancellation. Job thread.
 */
final class DockerActionRun {

    private final int index;
    private final Step step;
    private final JobRun job;
    private final StepScope scope;
    private final StepLog log;
    private final ResolvedAction action;
    private final ActionRuns.Docker runs;
    private final ProcessStep process;

    DockerActionRun(int index, Step step, JobRun job, StepScope scope, StepLog log, ResolvedAction action,
                    ActionRuns.Docker runs) {
        this.index = index;
        this.step = step;
        this.job = job;
        this.scope = scope;
        this.log = log;
        this.action = action;
        this.runs = runs;
        this.process = new ProcessStep(step, job, log);
    }

    ProcessStep.Result run(BuiltinAction.Phase phase, Map<String, String> inputs, Map<String, String> state,
                           Map<String, String> stepEnv, Deadline deadline) {
        if (!(job.options().containers() instanceof ContainerRuntime.Available runtime)) {
            return process.failed("'" + action.uses() + "' is a docker action, which needs a container runtime,"
                    + " and none is configured");
        }
        Optional<String> entry = switch (phase) {
            case PRE -> runs.preEntrypoint().map(Text::value);
            case MAIN -> given(inputs, "entrypoint").or(() -> runs.entrypoint().map(Text::value));
            case POST -> runs.postEntrypoint().map(Text::value);
        };
        if (phase != BuiltinAction.Phase.MAIN && entry.isEmpty()) {
            return process.failed("the docker action '" + action.uses() + "' has no "
                    + phase.name().toLowerCase(Locale.ROOT) + "-entrypoint");
        }
        StepExpressions expressions = inputsExpressions(inputs, stepEnv);
        Evaluated<Map<String, String>> env = expressions.map("runs.env", runs.env());
        if (env instanceof Evaluated.Error<Map<String, String>> e) {
            return process.failed(e.message() + JobRun.at(e));
        }
        Evaluated<List<String>> args = arguments(inputs, expressions);
        if (args instanceof Evaluated.Error<List<String>> e) {
            return process.failed(e.message() + JobRun.at(e));
        }
        Optional<List<String>> entryWords = entry.map(e -> OptionWords.split(e).orElse(List.of()));
        if (entryWords.isPresent() && entryWords.get().isEmpty()) {
            return process.failed("the entry point '" + entry.get() + "' of the docker action '" + action.uses()
                    + "' is empty or has an unclosed quote");
        }
        DockerEngine engine = runtime.engine();
        String image;
        try {
            switch (image(engine)) {
                case ActionImages.Prepared.Ready ready -> image = ready.image();
                case ActionImages.Prepared.Failed failed -> {
                    return process.failed(failed.message());
                }
            }
        } catch (InterruptedException e) {
            log.error("The operation was canceled.");
            job.cancel();
            return new ProcessStep.Result(StepStatus.CANCELLED, Map.of());
        }
        Optional<String> network;
        try {
            network = job.containerExec().isPresent() ? engine.network(job.containerExec().get().container())
                    : servicesNetwork();
        } catch (EngineFailure e) {
            return process.failed(e.getMessage());
        }
        StepFiles files;
        try {
            files = job.spareFiles().take(index);
        } catch (IOException e) {
            return process.failed("cannot create the step's env files: " + e.getMessage());
        }
        Map<String, String> environment = environment(inputs, state, stepEnv,
                ((Evaluated.Ok<Map<String, String>>) env).value(), files);
        List<String> arguments = new ArrayList<>(entryWords.map(w -> w.subList(1, w.size())).orElse(List.of()));
        arguments.addAll(((Evaluated.Ok<List<String>>) args).value());
        Path workspace = job.layout().workspace();
        ResourceLabels labels = ResourceLabels.of(text("run_id"), text("job"));
        JobContainers.Settings settings = job.options().containerSettings();
        ActionContainer container = new ActionContainer(settings.dockerProgram(),
                engine.host(), image, ActionContainer.name(labels), labels, network,
                List.of(workspace, job.layout().temp(), job.layout().toolCache()), workspace,
                entryWords.map(List::getFirst), arguments, settings.limits());
        ContainerExec.Wrapped wrapped = container.wrap(environment, job.options().baseEnvironment());
        try {
            return process.runAsIs(wrapped.command(), workspace, wrapped.environment(), files, deadline);
        } finally {
            engine.remove(container.name()).ifPresent(log::warning);
        }
    }

    /** The image to run, built from the action's Dockerfile or pulled; blocks while the engine works. */
    private ActionImages.Prepared image(DockerEngine engine) throws InterruptedException {
        ActionImages images = new ActionImages(engine, job.options().containerSettings().images());
        return switch (runs.image()) {
            case DockerImage.Dockerfile file when action instanceof ResolvedAction.OnDisk disk ->
                    images.dockerfile(disk.directory(), disk.directory().resolve(file.path()), action.uses(),
                            log::print);
            case DockerImage.Dockerfile file -> new ActionImages.Prepared.Failed("the docker action '"
                    + action.uses() + "' names a Dockerfile but has no folder to build it in");
            case DockerImage.Registry registry -> images.registry(registry.reference(), action.uses(), log::print);
        };
    }

    /** {@code runs.args} with the {@code inputs} context, or the {@code args} input split into words. */
    private Evaluated<List<String>> arguments(Map<String, String> inputs, StepExpressions expressions) {
        Optional<String> given = given(inputs, "args");
        if (given.isPresent()) {
            return OptionWords.split(given.get()).<Evaluated<List<String>>>map(Evaluated::ok)
                    .orElse(Evaluated.error("the args of '" + action.uses() + "' have an unclosed quote: "
                            + given.get(), step.span()));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < runs.args().size(); i++) {
            Template<String> arg = runs.args().get(i);
            Evaluated<String> value = expressions.text("runs.args[" + i + "]", arg);
            if (value instanceof Evaluated.Error<String> e) {
                return Evaluated.error(e.message(), e.span());
            }
            out.add(((Evaluated.Ok<String>) value).value());
        }
        return Evaluated.ok(out);
    }

    private Map<String, String> environment(Map<String, String> inputs, Map<String, String> state,
                                            Map<String, String> stepEnv, Map<String, String> runsEnv,
                                            StepFiles files) {
        Map<String, String> environment = new LinkedHashMap<>(job.processEnvironment(scope, stepEnv, files, step));
        environment.putAll(runsEnv);
        inputs.forEach((id, value) -> environment.put(ActionInputs.variable(id), value));
        state.forEach((key, value) -> environment.put("STATE_" + key, value));
        if (action instanceof ResolvedAction.OnDisk disk) {
            environment.put("GITHUB_ACTION_PATH", disk.directory().toString());
            disk.repository().ifPresent(r -> environment.put("GITHUB_ACTION_REPOSITORY", r));
            disk.ref().ifPresent(r -> environment.put("GITHUB_ACTION_REF", r));
        }
        return environment;
    }

    /** The step's contexts with {@code inputs} being the action's inputs, for {@code runs.args} and {@code runs.env}. */
    private StepExpressions inputsExpressions(Map<String, String> inputs, Map<String, String> stepEnv) {
        Map<String, Value> contexts = new LinkedHashMap<>(job.stepContexts(scope,
                scope.envContext(job.progress().fileEnv(), stepEnv)));
        Map<String, Value> values = new LinkedHashMap<>();
        inputs.forEach((k, v) -> values.put(k, new Value.Str(v)));
        contexts.put("inputs", new Value.Obj(values));
        return job.expressions(contexts, StatusInfo.job(scope.status(job.progress())));
    }

    /** The step's {@code with: args} or {@code with: entrypoint}, when given and not blank. */
    private static Optional<String> given(Map<String, String> inputs, String name) {
        return Optional.ofNullable(inputs.get(name)).filter(v -> !v.isBlank());
    }

    /** The job's network in a job with services but no job container: {@code job.services.<any>.network}. */
    private Optional<String> servicesNetwork() {
        if (job.stepContexts(scope, Map.of()).get("job") instanceof Value.Obj context
                && context.members().get("services") instanceof Value.Obj services) {
            for (Value service : services.members().values()) {
                if (service instanceof Value.Obj s && s.members().get("network") instanceof Value.Str n) {
                    return Optional.of(n.value());
                }
            }
        }
        return Optional.empty();
    }

    private String text(String githubField) {
        Value value = job.github().members().get(githubField);
        return value == null ? "" : Interpolation.toText(value);
    }
}
