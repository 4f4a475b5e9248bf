package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.template.CheckedScalar;
import dev.gantry.workflow.template.FieldContexts;
import dev.gantry.workflow.template.Outcome;
import dev.gantry.workflow.template.ParsedExpression;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * The workflow reader's view of a {@link TemplateChecker}: the {@link SyntaxChecker} scans each scalar against the
 * contexts of its field, and the builders and rules later ask what a scalar held, without parsing twice. One scanner
 * per file read; not thread-safe.
 */
final class ExpressionScanner {

    static final String RULE = TemplateChecker.RULE;

    private final TemplateChecker checker;

    ExpressionScanner(Diagnostics diagnostics) {
        this.checker = new TemplateChecker(diagnostics);
    }

    /** Scans a scalar, reporting its problems. A {@code condition} is an expression even without {@code ${{ }}}. */
    Outcome scan(YamlNode.Scalar scalar, FieldContexts contexts, boolean condition) {
        return checker.check(scalar, contexts, condition).outcome();
    }

    /** The expression of {@code scalar}, if it was scanned and held a valid one. */
    <T> Optional<Template<T>> expressionOf(YamlNode.Scalar scalar) {
        return checker.result(scalar).flatMap(CheckedScalar::template);
    }

    /** Every expression parsed in {@code scalar}, in source order (empty when it held none or was not scanned). */
    List<ParsedExpression> parsedIn(YamlNode.Scalar scalar) {
        return checker.result(scalar).map(CheckedScalar::parsed).orElse(List.of());
    }
}
