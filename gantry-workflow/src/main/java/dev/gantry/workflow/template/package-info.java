/**
 * Checks the {@code ${{ }}} expressions written in YAML scalars and turns the scalars into
 * {@link dev.gantry.workflow.model.Template}s; shared by the workflow reader and the action metadata reader.
 *
 * <p>Owns: mapping an index in a scalar's value to its line and column ({@link
 * dev.gantry.workflow.template.ScalarPositions}); what an expression may use in one field ({@link
 * dev.gantry.workflow.template.FieldContexts}); and the {@link dev.gantry.workflow.template.TemplateChecker}, which
 * splits a scalar at its {@code ${{ }}}, parses each expression against the field's contexts and reports syntax and
 * context errors with GitHub's wording (rule {@code expression}) at the character that caused them. Which contexts
 * each field allows is not decided here: each reader keeps its own list.
 *
 * <p>Imports only the JDK, {@code dev.gantry.workflow.diag}, {@code dev.gantry.workflow.yaml}, the parser side of
 * {@code dev.gantry.workflow.expr} and {@link dev.gantry.workflow.model.Template}; never a reader package or the
 * expression evaluator.
 */
package dev.gantry.workflow.template;
