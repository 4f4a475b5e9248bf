/**
 * Reads a workflow from its YAML tree into the typed model, reporting every problem at once as diagnostics.
 * {@link dev.gantry.workflow.read.WorkflowSyntax} describes which keys exist where, their types, required keys and
 * which contexts and functions expressions may use; {@link dev.gantry.workflow.read.SyntaxChecker} checks a tree
 * against it; small builders then build the model and check the rules a shape cannot express (ids, needs graph,
 * {@code uses} format, matrix, runner groups, cron lines, filter patterns, event inputs). Calls of reusable
 * workflows are checked against the called workflow when the {@link dev.gantry.workflow.read.CalledWorkflows}
 * port of the {@link dev.gantry.workflow.read.ReadOptions} serves it; the port's implementations that read files
 * live outside this module. Expressions are checked by {@code template}; this package keeps only which contexts
 * each workflow field allows ({@link dev.gantry.workflow.read.Contexts}). Imports the JDK, {@code diag},
 * {@code yaml}, {@code model}, {@code expr}, {@code template}, {@code cron} and {@code filter}; must not import
 * anything that runs workflows.
 */
package dev.gantry.workflow.read;
