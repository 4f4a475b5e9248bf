package dev.gantry.runner.action;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.workflow.expr.Value;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One phase of one action step, as a {@link BuiltinAction} sees it: the step's evaluated inputs (its {@code with:}
 * over the metadata's defaults), where the job works, and the effects {@code @actions/core} gives a JavaScript
 * action. Effects take hold as on GitHub: outputs become {@code steps.<id>.outputs}, exported variables and path
 * entries apply to the following steps, state is read by the later phases of the same step. Everything logged is
 * masked; a value given to {@link #addMask} is masked from then on. Used by the calling job's thread only.
 */
public interface ActionCall {

    /** The input's value, compared ignoring case; {@code ""} when neither given nor defaulted (as {@code core.getInput}). */
    String input(String name);

    /** Every input that has a value, by the id the metadata declares. */
    Map<String, String> inputs();

    /** {@code GITHUB_WORKSPACE}. */
    Path workspace();

    /** {@code RUNNER_TEMP}: private to the job, emptied when it ends. */
    Path temp();

    /** {@code RUNNER_TOOL_CACHE}: shared by the jobs of this host. */
    Path toolCache();

    /** The environment a process of this step would get (with {@code PATH} as the earlier steps left it). */
    Map<String, String> environment();

    /** The {@code github} context of the job ({@code sha}, {@code ref}, {@code repository}, {@code run_id} …). */
    Value.Obj github();

    /** The run this job belongs to ({@code github.run_id}). */
    String runId();

    /** This job instance within the run. */
    JobKey job();

    /** A line of the step's log. */
    void log(String line);

    /** A line shown only with step debug logging. */
    void debug(String line);

    /** A warning annotation naming the step. */
    void warning(String message);

    /** Opens a collapsible group in the log ({@code ::group::}); {@link #endGroup} closes it. */
    void group(String title);

    void endGroup();

    /** Sets the step output {@code name}. */
    void setOutput(String name, String value);

    /** Sets {@code name} in the environment of the following steps ({@code GITHUB_ENV}). */
    void exportVariable(String name, String value);

    /** Puts {@code directory} in front of {@code PATH} for the following steps ({@code GITHUB_PATH}). */
    void addPath(Path directory);

    /** Keeps a value for the later phases of this step ({@code GITHUB_STATE}). */
    void saveState(String name, String value);

    /** A value an earlier phase of this step kept. */
    Optional<String> state(String name);

    /** Masks {@code value} in every later line of the job ({@code ::add-mask::}). */
    void addMask(String value);
}
