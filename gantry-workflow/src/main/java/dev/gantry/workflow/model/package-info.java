/**
 * The typed, immutable model of a GitHub Actions workflow file: records that never hold null, every element
 * with the {@link dev.gantry.workflow.diag.Span} it was read from, and fields that may hold an expression kept as
 * unevaluated {@link dev.gantry.workflow.model.Template}s until job time. Built by {@code dev.gantry.workflow.read};
 * holds no behaviour beyond small derived views. Imports only the JDK, {@code dev.gantry.workflow.diag} and
 * {@code dev.gantry.workflow.expr} (for {@code Expr} and {@code Value}); never the YAML or reader packages.
 */
package dev.gantry.workflow.model;
