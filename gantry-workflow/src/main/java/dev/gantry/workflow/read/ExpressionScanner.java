package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@code ${{ }}} expressions of scalars, checks them against the contexts of their field, reports
 * problems (rule {@value #RULE}) and remembers each scalar's expression so that builders turn it into a
 * {@link Template.Expression} without parsing twice. One scanner per file read; not thread-safe.
 */
final class ExpressionScanner {

    static final String RULE = "expression";
    /** GitHub's limit on the length of one value that holds an expression. */
    static final int MAX_EXPRESSION_LENGTH = 21_000;

    /** What scanning one scalar found. */
    enum Outcome {
        /** No expression: a literal. */
        LITERAL,
        /** The whole value is one expression; it satisfies any shape. */
        WHOLE,
        /** Expressions embedded in text: the value is a string. */
        EMBEDDED,
        /** Expressions are not allowed here; reported. */
        NOT_ALLOWED,
        /** An expression is malformed; reported. The value is then read as a literal string. */
        INVALID
    }

    /** One parsed {@code ${{ }}} (or condition) of a scalar; {@code valueOffset} is where its text starts. */
    record Parsed(Expr expr, int valueOffset) {}

    private final Diagnostics diagnostics;
    private final Map<YamlNode.Scalar, Template.Expression<Object>> found = new IdentityHashMap<>();
    private final Map<YamlNode.Scalar, List<Parsed>> parsed = new IdentityHashMap<>();

    ExpressionScanner(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The expression remembered for {@code scalar}, if it held a valid one. */
    Optional<Template.Expression<Object>> expressionOf(YamlNode.Scalar scalar) {
        return Optional.ofNullable(found.get(scalar));
    }

    /** Every expression parsed in {@code scalar}, in source order (empty when it held none or was not scanned). */
    List<Parsed> parsedIn(YamlNode.Scalar scalar) {
        return parsed.getOrDefault(scalar, List.of());
    }

    /**
     * Scans a scalar. A {@code condition} is an expression even without {@code ${{ }}}.
     */
    Outcome scan(YamlNode.Scalar scalar, Contexts contexts, boolean condition) {
        if (found.containsKey(scalar)) {
            return Outcome.WHOLE;
        }
        String value = scalar.value();
        boolean marked = Interpolation.containsExpression(value);
        if (!marked && !condition) {
            return Outcome.LITERAL;
        }
        if (!contexts.allowsExpressions()) {
            diagnostics.error(RULE, span(scalar, 0), "A template expression is not allowed in this context");
            return Outcome.NOT_ALLOWED;
        }
        if (marked && value.length() > MAX_EXPRESSION_LENGTH) {
            diagnostics.error(RULE, span(scalar, 0), "Exceeded max expression length %d", MAX_EXPRESSION_LENGTH);
            return Outcome.INVALID;
        }
        if (!marked) {
            return parseCondition(scalar, contexts);
        }
        List<Interpolation.Part> parts;
        try {
            parts = Interpolation.split(value);
        } catch (ExpressionException e) {
            diagnostics.error(RULE, span(scalar, Math.max(0, e.offset())),
                    "The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.");
            return Outcome.INVALID;
        }
        boolean whole = parts.size() == 1 && parts.get(0) instanceof Interpolation.Part.Embedded;
        List<String> sources = new ArrayList<>();
        boolean ok = true;
        Optional<Expr> onlyExpr = Optional.empty();
        for (Interpolation.Part part : parts) {
            if (!(part instanceof Interpolation.Part.Embedded embedded)) {
                continue;
            }
            String text = embedded.source().strip();
            int lead = leadingSpace(embedded.source());
            if (text.isEmpty()) {
                diagnostics.error(RULE, span(scalar, embedded.offset()), "An expression was expected");
                ok = false;
                continue;
            }
            if (text.equals("insert")) {
                diagnostics.error(RULE, span(scalar, embedded.offset() + lead), "The directive 'insert' is not allowed"
                        + " in this context. Directives are not supported for expressions that are embedded within a"
                        + " string. Directives are only supported when the entire value is an expression.");
                ok = false;
                continue;
            }
            Optional<Expr> expr = parse(scalar, text, embedded.offset() + lead, contexts);
            ok &= expr.isPresent();
            onlyExpr = expr;
            sources.add(text);
        }
        if (!ok) {
            return Outcome.INVALID;
        }
        if (whole) {
            found.put(scalar, new Template.Expression<>(sources.get(0), onlyExpr, scalar.span()));
            return Outcome.WHOLE;
        }
        found.put(scalar, new Template.Expression<>(formatCall(parts), Optional.empty(), scalar.span()));
        return Outcome.EMBEDDED;
    }

    private Outcome parseCondition(YamlNode.Scalar scalar, Contexts contexts) {
        String text = scalar.value().strip();
        if (text.isEmpty()) {
            return Outcome.LITERAL;
        }
        Optional<Expr> expr = parse(scalar, text, leadingSpace(scalar.value()), contexts);
        if (expr.isEmpty()) {
            return Outcome.INVALID;
        }
        found.put(scalar, new Template.Expression<>(text, expr, scalar.span()));
        return Outcome.WHOLE;
    }

    private Optional<Expr> parse(YamlNode.Scalar scalar, String text, int valueOffset, Contexts contexts) {
        try {
            Expr expr = ExpressionParser.parse(text, contexts.names(), contexts.functions());
            parsed.computeIfAbsent(scalar, s -> new ArrayList<>()).add(new Parsed(expr, valueOffset));
            return Optional.of(expr);
        } catch (ExpressionException e) {
            diagnostics.error(RULE, span(scalar, valueOffset + Math.max(0, e.offset())), "%s", e.getMessage());
            return Optional.empty();
        }
    }

    /** GitHub's equivalent of an interpolated string: {@code format('text {0}', expr)}. */
    static String formatCall(List<Interpolation.Part> parts) {
        StringBuilder format = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (Interpolation.Part part : parts) {
            switch (part) {
                case Interpolation.Part.Text t -> format.append(t.text().replace("'", "''")
                        .replace("{", "{{").replace("}", "}}"));
                case Interpolation.Part.Embedded e -> {
                    format.append('{').append(args.size()).append('}');
                    args.add(e.source().strip());
                }
            }
        }
        StringBuilder call = new StringBuilder("format('").append(format).append('\'');
        for (String arg : args) {
            call.append(", ").append(arg);
        }
        return call.append(')').toString();
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Span span(YamlNode.Scalar scalar, int valueIndex) {
        return Span.at(ScalarPositions.at(scalar, valueIndex));
    }
}
