/**
 * Action metadata files ({@code action.yml} / {@code action.yaml}): the typed model
 * ({@link dev.gantry.workflow.action.ActionMetadata} and the records it holds) and its reader
 * ({@link dev.gantry.workflow.action.ActionReader}), which reports every problem as a diagnostic with a position
 * (rule {@code syntax-check} for shape and types, {@code action} for what the metadata means).
 *
 * <p>Values that may hold {@code ${{ }}} expressions (conditions, env, with, output values, args) are kept as
 * source text with their spans, unevaluated; the runner evaluates them when the action runs. Checks that need
 * the file system (does {@code main} exist?) belong to the caller.
 *
 * <p>Imports only the JDK, {@code dev.gantry.workflow.diag}, {@code dev.gantry.workflow.yaml} and
 * {@link dev.gantry.workflow.Parsed}; never the workflow model or the expression evaluator.
 */
package dev.gantry.workflow.action;
