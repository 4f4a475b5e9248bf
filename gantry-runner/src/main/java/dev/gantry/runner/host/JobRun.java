package dev.gantry.runner.host;

import dev.gantry.engine.context.DefaultEnvironment;
import dev.gantry.engine.exec.ActionUse;
import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.engine.exec.JobRequest;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.log.LogEvent;
import dev.gantry.runner.log.LogSink;
import dev.gantry.runner.log.SecretMasker;
import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.ActionRef;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import dev.gantry.runner.action.BuiltinAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One execution of one job on this host, from setup to completion; lives for one {@link HostJobExecutor#execute}
 * call and is used by its thread only (output is read on virtual threads the step's {@link StepLog} serializes).
 *
 * <p>Order: set up (directories, event file, {@link JobPreflight}, the job's {@code env}); each step in turn
 * ({@link StepRun}), checking for cancellation (an interrupt) and the job's deadline between steps; then the job's
 * {@code outputs}, the end of every process the steps left behind, and the removal of the runner temp.
 */
final class JobRun {

    /** GitHub's default {@code cancel-timeout-minutes}: how long steps may run once the job is cancelled. */
    static final double CANCEL_TIMEOUT_MINUTES = 5;

    private final JobRequest request;
    private final JobListener listener;
    private final HostOptions options;
    private final JobLayout layout;
    private final SecretMasker masker = new SecretMasker();
    private final List<Annotation> annotations = Collections.synchronizedList(new ArrayList<>());
    private final LogSink jobSink = event -> {
        if (event instanceof LogEvent.Annotated a) {
            annotations.add(a.annotation());
        }
    };
    private final JobProgress progress = new JobProgress();
    private final SpareFiles spareFiles;
    private final List<StepResult> results = new ArrayList<>();
    private final Map<String, Value> contexts;
    private Map<String, String> jobEnv = Map.of();
    private StepScope scope;
    private Deadline deadline;
    private final ActionResolver resolver;
    private final Map<String, ActionResolver.Resolution> repositoryActions = new HashMap<>();
    private final List<ActionPhase> pre = new ArrayList<>();
    private final List<ActionPhase> post = new ArrayList<>();
    private final Map<Integer, Map<String, String>> preState = new HashMap<>();
    private int phaseIndex;
    private final Map<String, ActionUse> used = new LinkedHashMap<>();
    private ContainerSetup containers = ContainerSetup.NONE;
    private StepLog currentLog;

    JobRun(JobRequest request, JobListener listener, HostOptions options) {
        this.request = request;
        this.listener = listener;
        this.options = options;
        this.layout = JobLayout.of(options, request.runId(), request.jobKey());
        this.contexts = withRunner(request.contexts(), layout, options);
        this.spareFiles = new SpareFiles(layout.fileCommands());
        this.scope = StepScope.job(contexts, Map.of());
        this.resolver = new ActionResolver(options.actions(), layout.workspace(),
                options.containers() instanceof dev.gantry.runner.container.ContainerRuntime.Available);
        this.phaseIndex = request.job().steps().size();
    }

    JobResult run() {
        Instant started = Instant.now();
        deadline = Deadline.after(started, request.timeout().toMillis() / 60_000.0, Deadline.Source.JOB);
        boolean cancelledBefore = Thread.interrupted();
        Optional<String> setupProblem = setUp();
        if (cancelledBefore || Thread.interrupted()) {
            cancel();
        }
        if (setupProblem.isPresent()) {
            progress.failed(setupProblem.get());
        } else {
            for (ActionPhase phase : pre) {
                checkCancelAndTime();
                results.add(new PhaseRun(phaseIndex++, BuiltinAction.Phase.PRE, phase, this).run());
            }
            List<Step> steps = request.job().steps();
            for (int i = 0; i < steps.size(); i++) {
                checkCancelAndTime();
                StepRun step = new StepRun(i, steps.get(i), this);
                StepResult result = step.run();
                results.add(result);
            }
            for (ActionPhase phase : post.reversed()) {
                checkCancelAndTime();
                results.add(new PhaseRun(phaseIndex++, BuiltinAction.Phase.POST, phase, this).run());
            }
            if (Thread.interrupted()) {
                cancel();
            }
        }
        Map<String, String> outputs = complete(setupProblem.isEmpty());
        return new JobResult(conclusion(), outputs, results, List.copyOf(annotations), started, Instant.now(),
                List.copyOf(used.values()));
    }

    private Optional<String> setUp() {
        StepLog log = new StepLog(-1, listener, jobSink, masker, options.debug());
        currentLog = log;
        Instant at = Instant.now();
        listener.stepStarted(-1, "Set up job");
        Optional<String> problem = setUp(log);
        problem.ifPresent(p -> log.error("Set up job: " + p));
        log.close();
        StepStatus status = problem.isPresent() ? StepStatus.FAILURE : StepStatus.SUCCESS;
        listener.stepFinished(new StepResult(-1, Optional.empty(), "Set up job", status, status, Map.of(), at,
                Instant.now()));
        return problem;
    }

    private Optional<String> setUp(StepLog log) {
        if (masker.addAll(request.secrets().values()) == SecretMasker.Registration.TOO_SHORT
                && masker.firstShortWarning()) {
            log.warning("A secret value shorter than " + SecretMasker.MIN_LENGTH + " characters is not masked in logs");
        }
        log.print("Runner: " + options.runnerName() + " (self-hosted, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")" + (options.sandbox() instanceof
                dev.gantry.runner.sandbox.Sandbox.Bubblewrap b ? ", bubblewrap sandbox"
                + (b.network() ? "" : " without network") : ""));
        log.print("Workspace: " + layout.workspace());
        try {
            layout.create();
            Value event = contexts.get("github") instanceof Value.Obj github
                    ? github.members().getOrDefault("event", new Value.Obj(Map.of())) : new Value.Obj(Map.of());
            Files.writeString(layout.eventFile(), ValueJson.render(event), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot prepare the job's directories under " + layout.temp() + ": " + e);
        }
        StepExpressions expressions = expressions(contexts, StatusInfo.SUCCESS);
        Optional<String> problem = JobPreflight.check(request.job(), options, expressions);
        if (problem.isPresent()) {
            return problem;
        }
        try {
            ContainerSetup.Started started = ContainerSetup.start(request.job(), options, layout, request.runId(),
                    request.jobKey().toString(), expressions, line -> currentLog.print(line));
            containers = started.setup();
            if (started.problem().isPresent()) {
                return started.problem();
            }
        } catch (InterruptedException e) {
            cancel();
            return Optional.of("the job was cancelled while its containers were starting");
        }
        Map<String, String> env = new LinkedHashMap<>(strings(contexts.get("env")));
        switch (expressions.map("env", request.job().env())) {
            case Evaluated.Ok<Map<String, String>> ok -> env.putAll(ok.value());
            case Evaluated.Error<Map<String, String>> e -> {
                return Optional.of("job env: " + e.message() + at(e));
            }
        }
        jobEnv = Collections.unmodifiableMap(env);
        scope = StepScope.job(contexts, jobEnv);
        return actions(log);
    }

    /**
     * Finds every repository action the job's steps use (a missing one fails the set-up, naming it and how to
     * import it) and lists the pre phases to run before the first step. Local actions are found when their step
     * runs: an earlier step may create them.
     */
    private Optional<String> actions(StepLog log) {
        List<Step> steps = request.job().steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!(step.action() instanceof StepAction.Uses uses) || uses.action() instanceof ActionRef.Local) {
                continue;
            }
            switch (resolve(uses.action())) {
                case ActionResolver.Resolution.Problem p when JobPreflight.isCheckout(uses.action()) -> { }
                case ActionResolver.Resolution.Problem p -> {
                    return Optional.of("step '" + StepNames.given(step) + "': " + p.message());
                }
                case ActionResolver.Resolution.Found f -> {
                    log.print("Action " + uses.action().text() + ": " + switch (f.action()) {
                        case ResolvedAction.OnDisk d -> "from the action store at " + d.sha().orElse("?");
                        case ResolvedAction.Builtin b -> "built into Gantry";
                        case ResolvedAction.Image image -> "an image, run in a container";
                    });
                    if (f.action().hasPhase(BuiltinAction.Phase.PRE)) {
                        pre.add(new ActionPhase(i, step, StepNames.given(step), f.action(), scope,
                                preInputs(step, uses, f.action()), Map.of(), Map.of()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A pre phase's inputs: the step's {@code with:} evaluated at set-up, over the defaults. */
    private Map<String, String> preInputs(Step step, StepAction.Uses uses, ResolvedAction action) {
        StepLog quiet = new StepLog(-1, JobListener.NONE, event -> { }, masker, false);
        StepExpressions expressions = expressions(stepContexts(scope, scope.envContext(Map.of(), Map.of())),
                StatusInfo.SUCCESS);
        Map<String, String> with = expressions.map("with", uses.with()) instanceof Evaluated.Ok<Map<String, String>> ok
                ? ok.value() : Map.of();
        return ActionInputs.resolve(action.metadata(), with, expressions, quiet)
                instanceof Evaluated.Ok<Map<String, String>> ok ? ok.value() : with;
    }

    /** Between steps: an interrupt cancels the job; a passed deadline times it out. */
    private void checkCancelAndTime() {
        if (Thread.interrupted()) {
            cancel();
        }
        if (!progress.isStopping() && !Instant.now().isBefore(deadline.at())) {
            timeOut(deadline);
        }
    }

    /** The job was cancelled: the remaining steps run only when their condition allows, within the cancel timeout. */
    void cancel() {
        if (!progress.isCancelled()) {
            progress.cancelled();
            deadline = Deadline.after(Instant.now(), cancelTimeoutMinutes(), Deadline.Source.JOB);
        }
    }

    /** The job's time is up. */
    void timeOut(Deadline passed) {
        if (!progress.isStopping()) {
            progress.timedOut(passed);
            deadline = Deadline.after(Instant.now(), cancelTimeoutMinutes(), Deadline.Source.JOB);
        }
    }

    private double cancelTimeoutMinutes() {
        return request.job().cancelTimeoutMinutes().flatMap(t -> switch (expressions(contexts, StatusInfo.SUCCESS)
                .minutes("cancel-timeout-minutes", Optional.of(t))) {
            case Evaluated.Ok<Optional<Double>> ok -> ok.value();
            case Evaluated.Error<Optional<Double>> e -> Optional.<Double>empty();
        }).orElse(CANCEL_TIMEOUT_MINUTES);
    }

    private Map<String, String> complete(boolean setUp) {
        StepLog log = new StepLog(-1, listener, jobSink, masker, options.debug());
        currentLog = log;
        Instant at = Instant.now();
        listener.stepStarted(-1, "Complete job");
        Map<String, String> outputs = setUp ? JobOutputs.evaluate(request.job(), expressions(stepContexts(scope,
                scope.envContext(progress.fileEnv(), Map.of())),
                StatusInfo.job(progress.status())), masker, log) : Map.of();
        ProcessTree.killGroups(progress.processGroups());
        ProcessGroups.ended(progress.processGroups());
        containers.close();
        layout.cleanTemp();
        log.print("Cleaning up orphan processes");
        log.close();
        listener.stepFinished(new StepResult(-1, Optional.empty(), "Complete job", StepStatus.SUCCESS,
                StepStatus.SUCCESS, Map.of(), at, Instant.now()));
        return outputs;
    }

    private Conclusion conclusion() {
        if (progress.isCancelled()) {
            return new Conclusion.Cancelled("the job was cancelled");
        }
        if (progress.timeout().isPresent()) {
            return new Conclusion.Failure(progress.timeout().get().message());
        }
        return progress.failure().<Conclusion>map(reason -> new Conclusion.Failure(masker.mask(reason)))
                .orElse(Conclusion.SUCCESS);
    }

    // --- what StepRun needs ---------------------------------------------------------------------------------

    RunnerJob job() {
        return request.job();
    }

    JobRequest request() {
        return request;
    }

    HostOptions options() {
        return options;
    }

    JobLayout layout() {
        return layout;
    }

    JobProgress progress() {
        return progress;
    }

    SpareFiles spareFiles() {
        return spareFiles;
    }

    SecretMasker masker() {
        return masker;
    }

    Deadline deadline() {
        return deadline;
    }

    /** The job container steps run in; empty for a job on the host. */
    Optional<dev.gantry.runner.container.ContainerExec> containerExec() {
        return containers.exec();
    }

    /** The job's own level of steps. */
    StepScope scope() {
        return scope;
    }

    /** The action behind {@code uses:}; repository actions are looked up once per job. Records its provenance. */
    ActionResolver.Resolution resolve(ActionRef ref) {
        ActionResolver.Resolution resolution = ref instanceof ActionRef.Repository
                ? repositoryActions.computeIfAbsent(ref.text(), t -> resolver.resolve(ref)) : resolver.resolve(ref);
        if (resolution instanceof ActionResolver.Resolution.Found found) {
            used.putIfAbsent(ref.text(), switch (found.action()) {
                case ResolvedAction.OnDisk d when d.sha().isPresent() -> new ActionUse(ref.text(), "store", d.sha());
                case ResolvedAction.OnDisk d -> new ActionUse(ref.text(), "local", Optional.empty());
                case ResolvedAction.Builtin b -> new ActionUse(ref.text(), "built-in", Optional.empty());
                case ResolvedAction.Image i -> new ActionUse(ref.text(), "image", Optional.empty());
            });
        }
        return resolution;
    }

    /** What the pre phase of step {@code index} saved; empty when it had none. */
    Map<String, String> preState(int index) {
        return preState.getOrDefault(index, Map.of());
    }

    void keepPreState(int index, Map<String, String> state) {
        preState.put(index, Map.copyOf(state));
    }

    /** A post phase to run after the job's last step (post phases run in reverse order of registration). */
    void registerPost(ActionPhase phase) {
        post.add(phase);
    }

    /** The job's {@code github} context, with this host's paths. */
    Value.Obj github() {
        return (Value.Obj) contexts.get("github");
    }

    /**
     * The environment of a process of {@code step} at {@code scope}: {@link ProcessEnvironment} with the scope's
     * {@code env}, the step's env files and {@code GITHUB_ACTION} (and {@code GITHUB_ACTION_PATH} in a composite
     * action).
     */
    Map<String, String> processEnvironment(StepScope scope, Map<String, String> stepEnv, StepFiles files, Step step) {
        Map<String, String> variables = new LinkedHashMap<>(files.variables());
        variables.put("GITHUB_ACTION", step.id().name());
        scope.actionPath().ifPresent(p -> variables.put("GITHUB_ACTION_PATH", p.toString()));
        return ProcessEnvironment.of(options.baseEnvironment(), defaultEnvironment(),
                scope.envContext(progress.fileEnv(), stepEnv), Map.of(), Map.of(), variables, progress.path());
    }

    StepLog stepLog(int index, boolean unsecureCommands) {
        return new StepLog(index, listener, jobSink, masker, options.debug(), unsecureCommands);
    }

    JobListener listener() {
        return listener;
    }

    /** The default variables of every step ({@code CI}, {@code GITHUB_*}, {@code RUNNER_*}). */
    Map<String, String> defaultEnvironment() {
        return DefaultEnvironment.of((Value.Obj) contexts.get("github"), (Value.Obj) contexts.get("runner"));
    }

    /** The contexts of {@code scope} with {@code env}, its {@code steps} and the job's status, for expressions. */
    Map<String, Value> stepContexts(StepScope scope, Map<String, String> env) {
        Map<String, Value> out = new LinkedHashMap<>(scope.contexts());
        Map<String, Value> envValues = new LinkedHashMap<>();
        env.forEach((k, v) -> envValues.put(k, new Value.Str(v)));
        out.put("env", new Value.Obj(envValues));
        out.put("steps", scope.stepsContext());
        out.put("job", jobContext(progress.status()));
        return out;
    }

    StepExpressions expressions(Map<String, Value> named, StatusInfo status) {
        return new StepExpressions(EvaluationContext.of(named).withStatus(status).withWorkspace(layout.workspace()));
    }

    private Value.Obj jobContext(StatusInfo.Outcome status) {
        Map<String, Value> job = new LinkedHashMap<>(contexts.get("job") instanceof Value.Obj o ? o.members() : Map.of());
        if (containers != ContainerSetup.NONE) {
            job.put("services", containers.servicesContext());
        }
        job.put("status", new Value.Str(switch (status) {
            case SUCCESS -> "success";
            case FAILURE -> "failure";
            case CANCELLED -> "cancelled";
        }));
        return new Value.Obj(job);
    }

    /** The request's contexts with {@code runner} and the paths in {@code github} made this host's. */
    private static Map<String, Value> withRunner(Map<String, Value> given, JobLayout layout, HostOptions options) {
        Map<String, Value> out = new LinkedHashMap<>(given);
        out.put("runner", layout.runnerInfo(options).context());
        Map<String, Value> github = new LinkedHashMap<>(given.get("github") instanceof Value.Obj o
                ? o.members() : Map.of());
        github.put("workspace", new Value.Str(layout.workspace().toString()));
        github.put("event_path", new Value.Str(layout.eventFile().toString()));
        out.put("github", new Value.Obj(github));
        out.putIfAbsent("env", new Value.Obj(Map.of()));
        return out;
    }

    private static Map<String, String> strings(Value value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Value.Obj obj) {
            obj.members().forEach((k, v) -> out.put(k, dev.gantry.workflow.expr.Interpolation.toText(v)));
        }
        return out;
    }

    static String at(Evaluated.Error<?> e) {
        return e.span().start().line() > 0 ? " (line " + e.span().start().line() + ")" : "";
    }
}
