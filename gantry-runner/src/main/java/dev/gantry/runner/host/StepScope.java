package dev.gantry.runner.host;

import dev.gantry.engine.exec.StepStatus;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.expr.Value;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The level steps run at: the job itself, or the steps of one composite action inside it. Each level has its own
 * {@code steps} context and its own idea of success (a failed step inside a composite action skips the later
 * {@code success()} steps of that action; the action's step then fails at the level above). The contexts of a
 * composite level replace {@code inputs} with the action's inputs and set {@code github.action_path}; its
 * {@code env} context starts from the calling step's. What steps write to {@code GITHUB_ENV} and
 * {@code GITHUB_PATH} is job-wide ({@link JobProgress}). Used by the job's thread only.
 */
final class StepScope {

    private final Optional<StepScope> parent;
    private final Map<String, Value> contexts;
    private final Map<String, String> callerEnv;
    private final StatusInfo.Outcome entryStatus;
    private final Optional<Path> actionPath;
    private final Map<String, Value> steps = new LinkedHashMap<>();
    private boolean failed;

    private StepScope(Optional<StepScope> parent, Map<String, Value> contexts, Map<String, String> callerEnv,
                      StatusInfo.Outcome entryStatus, Optional<Path> actionPath) {
        this.parent = parent;
        this.contexts = contexts;
        this.callerEnv = callerEnv;
        this.entryStatus = entryStatus;
        this.actionPath = actionPath;
    }

    /** The job's own level, with the job's contexts and {@code env} (workflow and job). */
    static StepScope job(Map<String, Value> contexts, Map<String, String> jobEnv) {
        return new StepScope(Optional.empty(), contexts, jobEnv, StatusInfo.Outcome.SUCCESS, Optional.empty());
    }

    /**
     * The level of a composite action called by a step of this level.
     *
     * @param inputs    the action's resolved inputs, its {@code inputs} context
     * @param stepEnv   the calling step's {@code env}, which the action's steps see in their {@code env} context
     * @param directory the action's folder ({@code github.action_path}, {@code GITHUB_ACTION_PATH})
     */
    StepScope composite(Map<String, String> inputs, Map<String, String> stepEnv, Path directory,
                        JobProgress progress) {
        Map<String, Value> nested = new LinkedHashMap<>(contexts);
        Map<String, Value> inputValues = new LinkedHashMap<>();
        inputs.forEach((k, v) -> inputValues.put(k, new Value.Str(v)));
        nested.put("inputs", new Value.Obj(inputValues));
        Map<String, Value> github = new LinkedHashMap<>(contexts.get("github") instanceof Value.Obj o
                ? o.members() : Map.of());
        github.put("action_path", new Value.Str(directory.toString()));
        nested.put("github", new Value.Obj(github));
        return new StepScope(Optional.of(this), Map.copyOf(nested), Map.copyOf(stepEnv), status(progress),
                Optional.of(directory));
    }

    /** 0 for the job's level, one more for each composite action around this level. */
    int depth() {
        return parent.map(p -> p.depth() + 1).orElse(0);
    }

    boolean isJob() {
        return parent.isEmpty();
    }

    /** The action folder of a composite level. */
    Optional<Path> actionPath() {
        return actionPath;
    }

    /** What the status functions see at this level. */
    StatusInfo.Outcome status(JobProgress progress) {
        if (progress.isStopping()) {
            return StatusInfo.Outcome.CANCELLED;
        }
        if (isJob()) {
            return progress.status();
        }
        return failed ? StatusInfo.Outcome.FAILURE : entryStatus;
    }

    /** A step of this level concluded failure: the job fails, or (in a composite) the action's step will. */
    void failed(JobProgress progress, String reason) {
        failed = true;
        if (isJob()) {
            progress.failed(reason);
        }
    }

    boolean hasFailed() {
        return failed;
    }

    /**
     * The {@code env} context of a step at this level, lowest first: the workflow's and job's {@code env}, what
     * steps wrote to {@code GITHUB_ENV}, each calling step's {@code env} down to this level, the step's own.
     */
    Map<String, String> envContext(Map<String, String> fileEnv, Map<String, String> stepEnv) {
        Map<String, String> out = parent.map(p -> p.envContext(fileEnv, callerEnv))
                .orElseGet(() -> ProcessEnvironment.context(callerEnv, fileEnv, Map.of()));
        out = new LinkedHashMap<>(out);
        out.putAll(stepEnv);
        return out;
    }

    /** The contexts of this level without {@code env}, {@code steps} and {@code job}, which the caller adds. */
    Map<String, Value> contexts() {
        return contexts;
    }

    void record(String id, StepStatus outcome, StepStatus conclusion, Map<String, String> outputs) {
        Map<String, Value> outs = new LinkedHashMap<>();
        outputs.forEach((k, v) -> outs.put(k, new Value.Str(v)));
        Map<String, Value> entry = new LinkedHashMap<>();
        entry.put("outputs", new Value.Obj(outs));
        entry.put("outcome", new Value.Str(outcome.word()));
        entry.put("conclusion", new Value.Str(conclusion.word()));
        steps.put(id, new Value.Obj(entry));
    }

    Value.Obj stepsContext() {
        return new Value.Obj(new LinkedHashMap<>(steps));
    }
}
