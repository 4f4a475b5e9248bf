package dev.gantry.workflow.template;

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
 * Turns scalars into {@link Template}s, checking each {@code ${{ }}} against the contexts of its field and reporting
 * problems (rule {@value #RULE}, GitHub's messages, at the exact position of the problem). A scalar is checked once:
 * a later call for the same node (a YAML alias reaches it twice) returns the first result and reports nothing.
 * One checker per file read; not thread-safe.
 */
public final class TemplateChecker {

    public static final String RULE = "expression";
    /** GitHub's limit on the length of one value that holds an expression. */
    public static final int MAX_VALUE_LENGTH = ExpressionParser.MAX_LENGTH;
    /** The directive GitHub allows only as a whole mapping key. */
    static final String INSERT = "insert";

    private static final String NOT_ALLOWED = "A template expression is not allowed in this context";
    private static final String EXPECTED = "An expression was expected";
    private static final String NOT_CLOSED = "The expression is not closed. An unescaped ${{ sequence was found, "
            + "but the closing }} sequence was not found.";
    private static final String INLINE_DIRECTIVE = "The directive 'insert' is not allowed in this context. Directives"
            + " are not supported for expressions that are embedded within a string. Directives are only supported"
            + " when the entire value is an expression.";

    private final Diagnostics out;
    private final Map<YamlNode.Scalar, CheckedScalar> checked = new IdentityHashMap<>();

    public TemplateChecker(Diagnostics out) {
        this.out = out;
    }

    /** True when the whole of {@code value} is the {@code ${{ insert }}} directive (spaces inside are free). */
    public static boolean isInsertDirective(String value) {
        if (!value.startsWith("${{") || !value.endsWith("}}")) {
            return false;
        }
        return value.substring(3, value.length() - 2).strip().equals(INSERT);
    }

    /**
     * Checks {@code scalar} as a value of a field with {@code contexts}. A {@code condition} is an expression even
     * without {@code ${{ }}}; an empty condition is a {@link Outcome#LITERAL}.
     */
    public CheckedScalar check(YamlNode.Scalar scalar, FieldContexts contexts, boolean condition) {
        CheckedScalar known = checked.get(scalar);
        if (known == null) {
            known = checkFirst(scalar, contexts, condition);
            checked.put(scalar, known);
        }
        return known;
    }

    /** What {@link #check} found for {@code scalar}; empty when it was not checked. */
    public Optional<CheckedScalar> result(YamlNode.Scalar scalar) {
        return Optional.ofNullable(checked.get(scalar));
    }

    /** A string value: its expression, or the literal text when it holds none or a malformed one. */
    public Template<String> string(YamlNode.Scalar scalar, FieldContexts contexts) {
        return check(scalar, contexts, false).<String>template()
                .orElseGet(() -> Template.literal(scalar.value(), scalar.span()));
    }

    /**
     * A condition ({@code if}, {@code pre-if}, …): an expression with or without {@code ${{ }}}. An empty value
     * means {@code fallback} (e.g. {@code success()}); a malformed one keeps its text without a tree.
     */
    public Template<Boolean> condition(YamlNode.Scalar scalar, FieldContexts contexts, String fallback) {
        CheckedScalar result = check(scalar, contexts, true);
        if (result.outcome() == Outcome.LITERAL) {
            return defaultCondition(fallback, scalar.span());
        }
        return result.<Boolean>template().orElseGet(
                () -> new Template.Expression<>(scalar.value().strip(), Optional.empty(), scalar.span()));
    }

    /** The condition used when a field is absent, e.g. {@code success()} for a step's {@code if}. */
    public static <T> Template<T> defaultCondition(String source, Span span) {
        return new Template.Expression<>(source, parseAny(source), span);
    }

    private CheckedScalar checkFirst(YamlNode.Scalar scalar, FieldContexts contexts, boolean condition) {
        String value = scalar.value();
        boolean marked = Interpolation.containsExpression(value);
        if (!marked && !condition) {
            return CheckedScalar.LITERAL;
        }
        if (!contexts.allowsExpressions()) {
            error(scalar, 0, NOT_ALLOWED);
            return CheckedScalar.failed(Outcome.NOT_ALLOWED, List.of());
        }
        if (!marked) {
            return bareCondition(scalar, contexts);
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            error(scalar, 0, "Exceeded max expression length %d".formatted(MAX_VALUE_LENGTH));
            return CheckedScalar.failed(Outcome.INVALID, List.of());
        }
        List<Interpolation.Part> parts;
        try {
            parts = Interpolation.split(value);
        } catch (ExpressionException e) {
            error(scalar, Math.max(0, e.offset()), NOT_CLOSED);
            return CheckedScalar.failed(Outcome.INVALID, List.of());
        }
        return embedded(scalar, parts, contexts);
    }

    private CheckedScalar embedded(YamlNode.Scalar scalar, List<Interpolation.Part> parts, FieldContexts contexts) {
        List<ParsedExpression> parsed = new ArrayList<>();
        boolean ok = true;
        Optional<Expr> last = Optional.empty();
        String lastSource = "";
        for (Interpolation.Part part : parts) {
            if (!(part instanceof Interpolation.Part.Embedded embedded)) {
                continue;
            }
            lastSource = embedded.source().strip();
            int at = embedded.offset() + leadingSpace(embedded.source());
            if (lastSource.isEmpty()) {
                error(scalar, embedded.offset(), EXPECTED);
                ok = false;
            } else if (lastSource.equals(INSERT)) {
                error(scalar, at, INLINE_DIRECTIVE);
                ok = false;
            } else {
                last = parse(scalar, lastSource, at, contexts, parsed);
                ok &= last.isPresent();
            }
        }
        if (!ok) {
            return CheckedScalar.failed(Outcome.INVALID, parsed);
        }
        if (parts.size() == 1) {
            return new CheckedScalar(Outcome.WHOLE,
                    Optional.of(new Template.Expression<>(lastSource, last, scalar.span())), parsed);
        }
        String call = FormatCall.of(parts);
        return new CheckedScalar(Outcome.EMBEDDED,
                Optional.of(new Template.Expression<>(call, parseAny(call), scalar.span())), parsed);
    }

    /** A condition written without {@code ${{ }}}: the whole value is the expression. */
    private CheckedScalar bareCondition(YamlNode.Scalar scalar, FieldContexts contexts) {
        String text = scalar.value().strip();
        if (text.isEmpty()) {
            return CheckedScalar.LITERAL;
        }
        List<ParsedExpression> parsed = new ArrayList<>();
        Optional<Expr> expr = parse(scalar, text, leadingSpace(scalar.value()), contexts, parsed);
        if (expr.isEmpty()) {
            return CheckedScalar.failed(Outcome.INVALID, parsed);
        }
        return new CheckedScalar(Outcome.WHOLE, Optional.of(new Template.Expression<>(text, expr, scalar.span())),
                parsed);
    }

    private Optional<Expr> parse(YamlNode.Scalar scalar, String text, int valueOffset, FieldContexts contexts,
                                 List<ParsedExpression> parsed) {
        try {
            Expr expr = ExpressionParser.parse(text, contexts.names(), contexts.functions());
            parsed.add(new ParsedExpression(expr, valueOffset));
            return Optional.of(expr);
        } catch (ExpressionException e) {
            error(scalar, valueOffset + Math.max(0, e.offset()), e.getMessage());
            return Optional.empty();
        }
    }

    /** Parses text already checked (or built here), accepting every name: the tree the runner will evaluate. */
    private static Optional<Expr> parseAny(String text) {
        try {
            return Optional.of(ExpressionParser.parse(text));
        } catch (ExpressionException e) {
            return Optional.empty();
        }
    }

    private void error(YamlNode.Scalar scalar, int valueIndex, String message) {
        out.error(RULE, ScalarPositions.span(scalar, valueIndex), "%s", message);
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
