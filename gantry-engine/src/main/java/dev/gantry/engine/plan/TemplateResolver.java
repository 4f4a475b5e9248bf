package dev.gantry.engine.plan;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns job-level {@link Template}s into {@link Value}s through an {@link ExpressionEvaluator}. Literal lists and
 * objects are resolved deeply: a string inside them that holds {@code ${{ }}} (as in
 * {@code os: ["${{ inputs.os }}"]}) is evaluated as GitHub does, a sole expression keeping its value's kind; a
 * sequence item that is an expression yielding a sequence has its items inserted in its place (GitHub's template
 * evaluator splices them: {@code [a, "${{ fromJSON('[b, c]') }}"]} is {@code [a, b, c]}); a mapping key holding
 * one is evaluated to text, and a {@code ${{ insert }}} key merges its mapping value into the enclosing mapping.
 * Stateless apart from the evaluator; never throws for a bad expression.
 */
public final class TemplateResolver {

    /** GitHub's {@code ${{ insert }}} key, which merges its mapping value into the enclosing mapping. */
    private static final Pattern INSERT = Pattern.compile("\\$\\{\\{\\s*insert\\s*}}");

    private final ExpressionEvaluator evaluator;

    public TemplateResolver(ExpressionEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** The value of {@code template} with the given job contexts. */
    public Evaluated<Value> value(Template<?> template, Map<String, Value> jobContexts) {
        return switch (template) {
            case Template.Literal<?> l -> literal(l.value(), jobContexts, l.span());
            case Template.Expression<?> e -> expression(e, jobContexts);
        };
    }

    /** The value of a parsed expression; a problem becomes an error at {@code span}. */
    public Evaluated<Value> value(Expr expr, Map<String, Value> jobContexts, Span span) {
        try {
            return Evaluated.ok(evaluator.evaluate(expr, jobContexts));
        } catch (ExpressionException e) {
            return Evaluated.error(e.getMessage(), span);
        } catch (RuntimeException e) {
            return Evaluated.error("evaluation failed: " + e, span);
        }
    }

    /** The parsed form of an expression template (the reader leaves it unparsed for defaults such as {@code success()}). */
    public static Evaluated<Expr> parsed(Template.Expression<?> e) {
        if (e.expr().isPresent()) {
            return Evaluated.ok(e.expr().get());
        }
        try {
            return Evaluated.ok(ExpressionParser.parse(e.source()));
        } catch (ExpressionException ex) {
            return Evaluated.error(ex.getMessage(), e.span());
        }
    }

    private Evaluated<Value> expression(Template.Expression<?> e, Map<String, Value> jobContexts) {
        return parsed(e).then(expr -> value(expr, jobContexts, e.span()));
    }

    private Evaluated<Value> literal(Object literal, Map<String, Value> jobContexts, Span span) {
        return switch (literal) {
            case Value v -> deep(v, jobContexts, span);
            case Boolean b -> Evaluated.ok(Value.of(b));
            case Double d -> Evaluated.ok(new Value.Num(d));
            case String s -> Evaluated.ok(new Value.Str(s));
            case List<?> list -> {
                List<Value> items = new ArrayList<>();
                for (Object item : list) {
                    Evaluated<Value> v = literal(item, jobContexts, span);
                    if (v instanceof Evaluated.Error<Value> err) {
                        yield err;
                    }
                    splice(items, item, ((Evaluated.Ok<Value>) v).value());
                }
                yield Evaluated.ok(new Value.Arr(items));
            }
            default -> Evaluated.error("unexpected value " + literal.getClass().getSimpleName(), span);
        };
    }

    /** Adds a sequence item's value; an expression that gave a sequence adds its items instead. */
    private static void splice(List<Value> items, Object written, Value resolved) {
        if (written instanceof Value.Str && resolved instanceof Value.Arr inserted) {
            items.addAll(inserted.items());
        } else {
            items.add(resolved);
        }
    }

    private Evaluated<Value> deep(Value value, Map<String, Value> jobContexts, Span span) {
        return switch (value) {
            case Value.Str s when Interpolation.containsExpression(s.value()) -> embedded(s.value(), jobContexts, span);
            case Value.Arr a -> {
                List<Value> items = new ArrayList<>();
                for (Value item : a.items()) {
                    Evaluated<Value> v = deep(item, jobContexts, span);
                    if (v instanceof Evaluated.Error<Value> err) {
                        yield err;
                    }
                    splice(items, item, ((Evaluated.Ok<Value>) v).value());
                }
                yield Evaluated.ok(new Value.Arr(items));
            }
            case Value.Obj o -> {
                Map<String, Value> members = new LinkedHashMap<>();
                for (Map.Entry<String, Value> m : o.members().entrySet()) {
                    Evaluated<Value> v = deep(m.getValue(), jobContexts, span);
                    if (v instanceof Evaluated.Error<Value> err) {
                        yield err;
                    }
                    Value member = ((Evaluated.Ok<Value>) v).value();
                    if (INSERT.matcher(m.getKey()).matches()) {
                        if (!(member instanceof Value.Obj inserted)) {
                            yield Evaluated.error("${{ insert }} needs a mapping, got " + member.kindName(), span);
                        }
                        members.putAll(inserted.members());
                        continue;
                    }
                    Evaluated<String> name = key(m.getKey(), jobContexts, span);
                    if (name instanceof Evaluated.Error<String> err) {
                        yield new Evaluated.Error<>(err.message(), err.span());
                    }
                    members.put(((Evaluated.Ok<String>) name).value(), member);
                }
                yield Evaluated.ok(new Value.Obj(members));
            }
            default -> Evaluated.ok(value);
        };
    }

    /**
     * A mapping key: a key holding {@code ${{ }}} is evaluated to its text, as GitHub evaluates keys of loose
     * mappings such as {@code matrix} and {@code env}; other keys are returned as they are.
     */
    public Evaluated<String> key(String raw, Map<String, Value> jobContexts, Span span) {
        if (!Interpolation.containsExpression(raw)) {
            return Evaluated.ok(raw);
        }
        return embedded(raw, jobContexts, span).map(Interpolation::toText);
    }

    /** A string with embedded expressions: a sole expression keeps its kind, otherwise the parts' text joined. */
    private Evaluated<Value> embedded(String raw, Map<String, Value> jobContexts, Span span) {
        try {
            List<Interpolation.Part> parts = Interpolation.split(raw);
            StringBuilder text = new StringBuilder();
            for (Interpolation.Part part : parts) {
                switch (part) {
                    case Interpolation.Part.Text t -> text.append(t.text());
                    case Interpolation.Part.Embedded e -> {
                        Value v = evaluator.evaluate(ExpressionParser.parse(e.source()), jobContexts);
                        if (parts.size() == 1) {
                            return Evaluated.ok(v);
                        }
                        text.append(Interpolation.toText(v));
                    }
                }
            }
            return Evaluated.ok(new Value.Str(text.toString()));
        } catch (ExpressionException e) {
            return Evaluated.error(e.getMessage(), span);
        }
    }
}
