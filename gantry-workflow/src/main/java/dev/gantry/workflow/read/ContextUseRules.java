package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.template.ParsedExpression;
import dev.gantry.workflow.template.ScalarPositions;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Warns (rule {@value ExpressionScanner#RULE}) about {@code matrix.X} and {@code needs.X} references that GitHub
 * accepts but that always read as empty: {@code matrix} in a job without a matrix or naming a key the matrix
 * does not define, and {@code needs.X} for a job X the job does not need. Warnings only: GitHub runs such
 * workflows, the value is just null. Matrices written as expressions are not second-guessed.
 */
final class ContextUseRules {

    /** Expression trees deeper than this are not followed (the parser already bounds their depth). */
    private static final int MAX_DEPTH = 64;

    private final ExpressionScanner expressions;
    private final Diagnostics diagnostics;

    ContextUseRules(ExpressionScanner expressions, Diagnostics diagnostics) {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
    }

    /** {@code node} is the job's mapping in the source, {@code job} the job built from it. */
    void check(Job job, YamlNode node) {
        Optional<Set<String>> matrixKeys = matrixKeys(node);
        Set<String> needs = new HashSet<>();
        for (Named need : job.needs()) {
            needs.add(need.name().toLowerCase(Locale.ROOT));
        }
        forEachScalar(node, scalar -> {
            for (ParsedExpression p : expressions.parsedIn(scalar)) {
                visit(p.expr(), 0, (context, name, offset) -> {
                    Span at = ScalarPositions.span(scalar, p.valueOffset() + offset);
                    if (context.equals("matrix") && matrixKeys.isPresent()
                            && !matrixKeys.get().contains(name.toLowerCase(Locale.ROOT))) {
                        diagnostics.warning(ExpressionScanner.RULE, at, matrixKeys.get().isEmpty()
                                ? "Job '%s' has no matrix, so matrix.%s is always empty"
                                : "The matrix of job '%s' defines no key '%s'", job.id().name(), name);
                    } else if (context.equals("needs") && !needs.contains(name.toLowerCase(Locale.ROOT))) {
                        diagnostics.warning(ExpressionScanner.RULE, at, "Job '%s' does not need job '%s', so"
                                + " needs.%s is always empty", job.id().name(), name, name);
                    }
                });
            }
        });
    }

    private interface Use {
        void on(String context, String name, int offset);
    }

    /** Reports {@code ctx.name} and {@code ctx['name']} for the contexts {@code matrix} and {@code needs}. */
    private static void visit(Expr expr, int depth, Use use) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (expr instanceof Expr.Property p && p.target() instanceof Expr.NamedValue n) {
            use.on(n.name().toLowerCase(Locale.ROOT), p.name(), n.offset());
        } else if (expr instanceof Expr.Index i && i.target() instanceof Expr.NamedValue n
                && i.index() instanceof Expr.Literal l && l.value() instanceof Value.Str s) {
            use.on(n.name().toLowerCase(Locale.ROOT), s.value(), n.offset());
        }
        expr.children().forEach(child -> visit(child, depth + 1, use));
    }

    /**
     * The keys a job's matrix defines (lower case): vectors and include keys; empty for a job without a matrix;
     * absent when they cannot be known before run time (an expression).
     */
    private static Optional<Set<String>> matrixKeys(YamlNode job) {
        Optional<YamlNode> strategy = Fields.mapping(Optional.of(job)).flatMap(m -> m.get("strategy"));
        if (strategy.isPresent() && !(strategy.get() instanceof YamlNode.Mapping)) {
            return Optional.empty();
        }
        Optional<YamlNode> matrix = Fields.mapping(strategy).flatMap(m -> m.get("matrix"));
        if (matrix.isEmpty()) {
            return Optional.of(Set.of());
        }
        if (!(matrix.get() instanceof YamlNode.Mapping m)) {
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        for (YamlNode.Entry e : m.entries()) {
            String key = e.keyText().orElse("");
            if (key.contains("${{")) {
                return Optional.empty();
            }
            if (key.equals("include")) {
                if (!(e.value() instanceof YamlNode.Sequence rows)) {
                    return Optional.empty();
                }
                for (YamlNode row : rows.items()) {
                    if (!(row instanceof YamlNode.Mapping r)) {
                        return Optional.empty();
                    }
                    r.entries().forEach(x -> x.keyText().ifPresent(k -> keys.add(k.toLowerCase(Locale.ROOT))));
                }
            } else if (!key.equals("exclude")) {
                keys.add(key.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.of(keys);
    }

    /** Every scalar under {@code root}, each node once even when aliases share it. */
    static void forEachScalar(YamlNode root, Consumer<YamlNode.Scalar> action) {
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<YamlNode> work = new ArrayDeque<>(List.of(root));
        while (!work.isEmpty()) {
            YamlNode node = work.pop();
            if (!seen.add(node)) {
                continue;
            }
            switch (node) {
                case YamlNode.Scalar s -> action.accept(s);
                case YamlNode.Sequence s -> s.items().forEach(work::push);
                case YamlNode.Mapping m -> m.entries().forEach(e -> {
                    work.push(e.key());
                    work.push(e.value());
                });
            }
        }
    }
}
