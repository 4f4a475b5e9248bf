package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns scalars of the metadata file into {@link Template}s, checking each {@code ${{ }}} against the contexts of
 * its field (rule {@value #RULE}, GitHub's messages, at the exact position of the problem). A malformed expression
 * is reported and its value read as a literal string. Each scalar is reported at most once, even when the file
 * reaches it twice through a YAML alias. One checker per file read; not thread-safe.
 */
final class ExpressionChecker {

    static final String RULE = "expression";
    /** GitHub's limit on the length of one value that holds an expression. */
    static final int MAX_VALUE_LENGTH = ExpressionParser.MAX_LENGTH;

    private static final String EXPECTED = "An expression was expected";
    private static final String NOT_CLOSED = "The expression is not closed. An unescaped ${{ sequence was found, "
            + "but the closing }} sequence was not found.";

    private final Diagnostics out;
    private final Set<YamlNode.Scalar> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    ExpressionChecker(Diagnostics out) {
        this.out = out;
    }

    /** A string value: a literal, or an expression when it holds {@code ${{ }}}. */
    Template<String> string(YamlNode.Scalar scalar, ActionContexts contexts) {
        return this.<String>interpolated(scalar, contexts).orElseGet(() -> Template.literal(scalar.value(), scalar.span()));
    }

    /**
     * A condition ({@code if}, {@code pre-if}, {@code post-if}): an expression with or without {@code ${{ }}}.
     * An empty value means {@code fallback} (e.g. {@code success()}).
     */
    Template<Boolean> condition(YamlNode.Scalar scalar, ActionContexts contexts, String fallback) {
        String text = scalar.value().strip();
        if (Interpolation.containsExpression(text)) {
            return this.<Boolean>interpolated(scalar, contexts)
                    .orElseGet(() -> new Template.Expression<>(text, Optional.empty(), scalar.span()));
        }
        if (text.isEmpty()) {
            return defaultCondition(fallback, scalar.span());
        }
        Optional<Expr> expr = checked.add(scalar)
                ? parse(scalar, text, leadingSpace(scalar.value()), contexts) : parseAny(text);
        return new Template.Expression<>(text, expr, scalar.span());
    }

    /** Reports the problems of the expressions in a field that is never evaluated; the text stays as written. */
    void checkText(YamlNode.Scalar scalar) {
        interpolated(scalar, ActionContexts.TEXT);
    }

    /** The condition used when a field is absent, e.g. {@code success()} for a step's {@code if}. */
    static <T> Template<T> defaultCondition(String source, Span span) {
        return new Template.Expression<>(source, parseAny(source), span);
    }

    /** The expression of a value that holds {@code ${{ }}}; empty for a literal or a malformed value. */
    private <T> Optional<Template<T>> interpolated(YamlNode.Scalar scalar, ActionContexts contexts) {
        String value = scalar.value();
        if (!Interpolation.containsExpression(value)) {
            return Optional.empty();
        }
        boolean report = checked.add(scalar);
        if (value.length() > MAX_VALUE_LENGTH) {
            error(report, scalar, 0, "Exceeded max expression length %d".formatted(MAX_VALUE_LENGTH));
            return Optional.empty();
        }
        List<Interpolation.Part> parts;
        try {
            parts = Interpolation.split(value);
        } catch (ExpressionException e) {
            error(report, scalar, Math.max(0, e.offset()), NOT_CLOSED);
            return Optional.empty();
        }
        boolean ok = true;
        Optional<Expr> last = Optional.empty();
        for (Interpolation.Part part : parts) {
            if (part instanceof Interpolation.Part.Embedded embedded) {
                String text = embedded.source().strip();
                int at = embedded.offset() + leadingSpace(embedded.source());
                if (text.isEmpty()) {
                    error(report, scalar, embedded.offset(), EXPECTED);
                    ok = false;
                    continue;
                }
                last = report ? parse(scalar, text, at, contexts) : parseAny(text);
                ok &= last.isPresent();
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (parts.size() == 1) {
            String source = ((Interpolation.Part.Embedded) parts.getFirst()).source().strip();
            return Optional.of(new Template.Expression<>(source, last, scalar.span()));
        }
        String call = formatCall(parts);
        return Optional.of(new Template.Expression<>(call, parseAny(call), scalar.span()));
    }

    private Optional<Expr> parse(YamlNode.Scalar scalar, String text, int valueOffset, ActionContexts contexts) {
        try {
            return Optional.of(ExpressionParser.parse(text, contexts.names(), contexts.functions()));
        } catch (ExpressionException e) {
            out.error(RULE, Span.at(ValuePositions.at(scalar, valueOffset + Math.max(0, e.offset()))), "%s",
                    e.getMessage());
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

    private void error(boolean report, YamlNode.Scalar scalar, int valueIndex, String message) {
        if (report) {
            out.error(RULE, Span.at(ValuePositions.at(scalar, valueIndex)), "%s", message);
        }
    }

    /** GitHub's equivalent of text with embedded expressions: {@code format('text {0}', expr)}. */
    static String formatCall(List<Interpolation.Part> parts) {
        StringBuilder format = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (Interpolation.Part part : parts) {
            switch (part) {
                case Interpolation.Part.Text t ->
                        format.append(t.text().replace("'", "''").replace("{", "{{").replace("}", "}}"));
                case Interpolation.Part.Embedded e -> {
                    format.append('{').append(args.size()).append('}');
                    args.add(e.source().strip());
                }
            }
        }
        StringBuilder call = new StringBuilder("format('").append(format).append('\'');
        args.forEach(arg -> call.append(", ").append(arg));
        return call.append(')').toString();
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
