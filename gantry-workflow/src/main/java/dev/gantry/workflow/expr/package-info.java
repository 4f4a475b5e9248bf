/**
 * The {@code ${{ }}} expression language with GitHub's exact semantics and error messages.
 *
 * <p>Owns: the lexer and parser ({@link dev.gantry.workflow.expr.ExpressionParser}: one method per precedence
 * level, depth limit 50, length limit 21,000), the syntax tree ({@link dev.gantry.workflow.expr.Expr}), the closed
 * set of values ({@link dev.gantry.workflow.expr.Value}), the evaluator ({@link dev.gantry.workflow.expr.Evaluator}:
 * one exhaustive switch, loose equality, filtered arrays, GitHub's 1 MiB memory limit), the function table
 * ({@link dev.gantry.workflow.expr.Functions}: built-ins, status functions, {@code hashFiles}), string interpolation
 * ({@link dev.gantry.workflow.expr.Interpolation}), the list of names an expression refers to
 * ({@link dev.gantry.workflow.expr.References}) and JSON conversion ({@link dev.gantry.workflow.expr.ValueJson}).
 * The caller supplies everything an evaluation reads in an {@link dev.gantry.workflow.expr.EvaluationContext}.
 *
 * <p>Knows nothing of YAML or workflows. Imports only the JDK, Jackson (for {@code toJSON}, {@code fromJSON} and
 * the JSON converter) and {@code dev.gantry.workflow.diag}; must not import other Gantry packages. The only class
 * that touches the file system is {@code FileHasher} ({@code hashFiles}), and only under the workspace the caller
 * gives.
 */
package dev.gantry.workflow.expr;
