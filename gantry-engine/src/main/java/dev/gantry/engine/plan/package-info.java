/**
 * From a workflow to the job instances a run will execute: {@link dev.gantry.engine.plan.MatrixExpander} expands
 * a job's matrix with GitHub's include/exclude rules, {@link dev.gantry.engine.plan.JobGraph} checks and orders the
 * {@code needs} graph, and {@link dev.gantry.engine.plan.RunPlanner} puts both together into a
 * {@link dev.gantry.engine.plan.RunPlan} (what {@code --list} shows and what the scheduler runs).
 *
 * <p>Expressions (in matrices, names, conditions) are evaluated through
 * {@link dev.gantry.engine.plan.ExpressionEvaluator}, which the caller supplies so that this package does not know
 * how the {@code github}, {@code inputs} or {@code vars} contexts are built; {@link
 * dev.gantry.engine.plan.ContextEvaluator} is the implementation on the expression library.
 *
 * <p>Pure: no threads, no I/O, no clocks. Problems are values ({@link dev.gantry.engine.plan.PlanError}), never
 * exceptions. Imports the workflow library and {@code dev.gantry.engine.exec} only; never the scheduler, the
 * runner, or trigger and event code.
 */
package dev.gantry.engine.plan;
