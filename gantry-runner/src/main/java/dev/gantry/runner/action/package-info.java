/**
 * How a step's {@code uses:} finds and runs an action. The service-provider side lives here:
 * {@link dev.gantry.runner.action.BuiltinAction} is a native stand-in for a well-known action (checkout, cache,
 * artifacts, setup-*), called with an {@link dev.gantry.runner.action.ActionCall} that gives it the step's inputs
 * and the same effects a JavaScript action has through {@code @actions/core} (outputs, exported variables, path,
 * state, masks, log lines); {@link dev.gantry.runner.action.ActionStore} finds a repository action's files at a
 * ref, pinned to a commit. {@link dev.gantry.runner.action.ActionSources} bundles both for the host executor.
 *
 * <p>Depends on the workflow model and expression values only; implementations live in their own packages and
 * are composed by the CLI.
 */
package dev.gantry.runner.action;
