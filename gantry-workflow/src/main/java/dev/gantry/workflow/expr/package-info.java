/**
 * The {@code ${{ }}} expression language: lexer, parser, values, evaluator and built-in functions, with
 * GitHub's exact semantics and error messages. Knows nothing of YAML or workflows. Imports only the JDK,
 * Jackson (for {@code toJSON}/{@code fromJSON}) and {@code dev.gantry.workflow.diag}.
 */
package dev.gantry.workflow.expr;
