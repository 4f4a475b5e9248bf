package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.template.ParsedExpression;
import dev.gantry.workflow.template.ScalarPositions;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns (rule {@value ExpressionScanner#RULE}) about {@code needs.<call>.outputs.<name>} where {@code <call>} is a
 * call job whose called workflow was read and declares no output {@code <name>}: GitHub accepts the expression,
 * and the value is always empty. Names compare ignoring case.
 */
final class CallOutputRules {

    /** Expression trees deeper than this are not followed (the parser already bounds their depth). */
    private static final int MAX_DEPTH = 64;

    private final ExpressionScanner expressions;
    private final Diagnostics diagnostics;
    /** Lower-case call job id → lower-case names of its called workflow's outputs. */
    private final Map<String, Set<String>> outputs = new HashMap<>();

    CallOutputRules(ExpressionScanner expressions, Diagnostics diagnostics, Map<String, Job> jobs) {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        for (Job job : jobs.values()) {
            if (job instanceof CallJob call && call.called().isPresent()
                    && call.called().get().on().find("workflow_call").orElse(null) instanceof Trigger.Call t) {
                outputs.put(job.id().name().toLowerCase(Locale.ROOT), t.outputs().keySet().stream()
                        .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
            }
        }
    }

    /** {@code node} is the mapping of one job of the workflow. */
    void check(YamlNode node) {
        if (outputs.isEmpty()) {
            return;
        }
        ContextUseRules.forEachScalar(node, scalar -> {
            for (ParsedExpression p : expressions.parsedIn(scalar)) {
                visit(p.expr(), 0, (job, name, offset) -> {
                    Set<String> declared = outputs.get(job.toLowerCase(Locale.ROOT));
                    if (declared != null && !declared.contains(name.toLowerCase(Locale.ROOT))) {
                        diagnostics.warning(ExpressionScanner.RULE,
                                Span.at(ScalarPositions.at(scalar, p.valueOffset() + offset)), "Job '%s' calls"
                                        + " a workflow that declares no output '%s', so needs.%s.outputs.%s is always"
                                        + " empty",
                                job, name, job, name);
                    }
                });
            }
        });
    }

    private interface Use {
        void on(String job, String output, int offset);
    }

    private static void visit(Expr expr, int depth, Use use) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Optional<String> output = member(expr);
        Optional<Expr> outputsNode = target(expr);
        if (output.isPresent() && outputsNode.isPresent() && member(outputsNode.get()).filter("outputs"::equalsIgnoreCase)
                .isPresent()) {
            Optional<Expr> jobNode = target(outputsNode.get());
            Optional<String> job = jobNode.flatMap(CallOutputRules::member);
            Optional<Expr> root = jobNode.flatMap(CallOutputRules::target);
            if (job.isPresent() && root.isPresent() && root.get() instanceof Expr.NamedValue n
                    && n.name().equalsIgnoreCase("needs")) {
                use.on(job.get(), output.get(), n.offset());
            }
        }
        expr.children().forEach(child -> visit(child, depth + 1, use));
    }

    /** The member name of {@code a.name} or {@code a['name']}. */
    private static Optional<String> member(Expr expr) {
        return switch (expr) {
            case Expr.Property p -> Optional.of(p.name());
            case Expr.Index i when i.index() instanceof Expr.Literal l && l.value() instanceof Value.Str s ->
                    Optional.of(s.value());
            default -> Optional.empty();
        };
    }

    /** The {@code a} of {@code a.name} or {@code a['name']}. */
    private static Optional<Expr> target(Expr expr) {
        return switch (expr) {
            case Expr.Property p -> Optional.of(p.target());
            case Expr.Index i -> Optional.of(i.target());
            default -> Optional.empty();
        };
    }
}
