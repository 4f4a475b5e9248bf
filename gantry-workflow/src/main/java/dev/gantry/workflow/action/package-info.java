/**
 * Action metadata files ({@code action.yml} / {@code action.yaml}): the typed model
 * ({@link dev.gantry.workflow.action.ActionMetadata} and the records it holds) and its reader
 * ({@link dev.gantry.workflow.action.ActionReader}), which reports every problem as a diagnostic with a position
 * (rule {@code syntax-check} for shape and types, {@code action} for what the metadata means, {@code expression}
 * for {@code ${{ }}} problems).
 *
 * <p>Values that may hold {@code ${{ }}} expressions (input defaults, output values, composite steps' values and
 * conditions, Docker env and args, pre/post conditions) are {@link dev.gantry.workflow.model.Template}s, as in the
 * workflow model: unevaluated, their expressions parsed and checked by
 * {@link dev.gantry.workflow.template.TemplateChecker} against the contexts GitHub's action schema allows in each
 * field ({@code ActionContexts}, the one list this package keeps); the runner evaluates them when the action runs.
 * Checks that need the file system (does {@code main} exist?) belong to the caller.
 *
 * <p>Imports only the JDK, {@code dev.gantry.workflow.diag}, {@code dev.gantry.workflow.yaml},
 * {@code dev.gantry.workflow.template}, the parser side of {@code dev.gantry.workflow.expr},
 * {@link dev.gantry.workflow.model.Template} and {@link dev.gantry.workflow.model.EnvMap}, and
 * {@link dev.gantry.workflow.Parsed}; never the workflow reader or the expression evaluator.
 */
package dev.gantry.workflow.action;
