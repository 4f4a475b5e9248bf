package dev.gantry.runner.action;

/**
 * A native implementation of a well-known repository action, used when the {@link ActionStore} does not hold that
 * action (a stored copy always wins). It declares the metadata of the action it stands in for — an
 * {@code action.yml} text with the same inputs, defaults and outputs, and a {@code runs} section whose
 * {@code pre}/{@code post} entries and {@code pre-if}/{@code post-if} say which phases exist and when they run —
 * so the runner checks {@code with:}, applies defaults and schedules phases exactly as for a stored copy.
 *
 * <p>Implementations are stateless between calls (what a later phase needs goes through
 * {@link ActionCall#saveState}) and safe to call from several jobs at once.
 */
public interface BuiltinAction {

    /** The action it stands in for, {@code owner/repo} or {@code owner/repo/path}, e.g. {@code actions/cache/save}. */
    String name();

    /** The {@code action.yml} text of that action; {@code runs.using} is {@code node20} with placeholder entry points. */
    String metadata();

    /**
     * Runs one phase. Returning normally means the phase succeeded; a problem the user must see fails the step with
     * {@link ActionFailure}, whose message is logged as an error naming the step.
     */
    void run(Phase phase, ActionCall call) throws ActionFailure;

    /** The phases of an action, in the order GitHub runs them across the job. */
    enum Phase { PRE, MAIN, POST }
}
