package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.template.FieldContexts;
import dev.gantry.workflow.template.Outcome;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.ScalarStyle;
import dev.gantry.workflow.yaml.ScalarType;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a YAML tree against a {@link Syntax}: unknown keys (with a suggestion for near misses), duplicate keys,
 * wrong types, missing required keys, and, through the {@link ExpressionScanner}, every expression against the
 * contexts of its field. Reports everything it finds (rule {@value #RULE} for shape problems) and never stops early.
 */
final class SyntaxChecker {

    static final String RULE = "syntax-check";
    private static final String MERGE_KEY = "<<";

    private final Diagnostics diagnostics;
    private final ExpressionScanner expressions;

    SyntaxChecker(Diagnostics diagnostics, ExpressionScanner expressions) {
        this.diagnostics = diagnostics;
        this.expressions = expressions;
    }

    void check(YamlNode node, Syntax syntax, FieldContexts contexts) {
        switch (syntax) {
            case Syntax.InContext c -> check(node, c.inner(), c.contexts());
            case Syntax.ByKey b -> check(node, pick(node, b), contexts);
            default -> {
                if (node instanceof YamlNode.Scalar s) {
                    checkScalar(s, syntax, contexts);
                } else {
                    checkCollection(node, syntax, contexts);
                }
            }
        }
    }

    private static Syntax pick(YamlNode node, Syntax.ByKey byKey) {
        if (node instanceof YamlNode.Mapping m) {
            for (Map.Entry<String, Syntax> alternative : byKey.alternatives()) {
                if (m.get(alternative.getKey()).isPresent()) {
                    return alternative.getValue();
                }
            }
        }
        return byKey.fallback();
    }

    private void checkScalar(YamlNode.Scalar scalar, Syntax syntax, FieldContexts contexts) {
        Outcome outcome = expressions.scan(scalar, contexts, isCondition(syntax));
        switch (outcome) {
            case WHOLE, NOT_ALLOWED -> { }
            case EMBEDDED -> {
                if (!fits(syntax, scalar, true)) {
                    unexpected(scalar);
                }
            }
            case LITERAL, INVALID -> {
                if (!fits(syntax, scalar, outcome == Outcome.INVALID)) {
                    unexpected(scalar);
                }
            }
        }
    }

    /** True when a scalar matches {@code syntax}; {@code asString} treats it as a plain string. */
    private static boolean fits(Syntax syntax, YamlNode.Scalar scalar, boolean asString) {
        ScalarType type = asString ? ScalarType.STRING : scalar.type();
        return switch (syntax) {
            case Syntax.Str s -> {
                if (type == ScalarType.NULL) {
                    yield !s.nonEmpty();
                }
                if (!s.allowed().isEmpty()) {
                    yield s.allowed().contains(scalar.value());
                }
                yield !s.nonEmpty() || !scalar.value().isEmpty();
            }
            case Syntax.Bool b -> type == ScalarType.BOOL;
            case Syntax.Num n -> type == ScalarType.INT || type == ScalarType.FLOAT;
            case Syntax.Null n -> type == ScalarType.NULL;
            case Syntax.Condition c -> true;
            case Syntax.Any a -> true;
            case Syntax.OneOf o -> o.alternatives().stream().anyMatch(alt -> fits(alt, scalar, asString));
            case Syntax.InContext c -> fits(c.inner(), scalar, asString);
            case Syntax.Obj o -> false;
            case Syntax.Seq s -> false;
            case Syntax.ByKey b -> false;
        };
    }

    private static boolean isCondition(Syntax syntax) {
        return switch (syntax) {
            case Syntax.Condition c -> true;
            case Syntax.OneOf o -> o.alternatives().stream().anyMatch(SyntaxChecker::isCondition);
            default -> false;
        };
    }

    private void checkCollection(YamlNode node, Syntax syntax, FieldContexts contexts) {
        switch (syntax) {
            case Syntax.Any a -> checkAny(node, contexts);
            case Syntax.Obj obj when node instanceof YamlNode.Mapping m -> checkMapping(m, obj, contexts);
            case Syntax.Seq seq when node instanceof YamlNode.Sequence s -> {
                for (YamlNode item : s.items()) {
                    check(item, seq.item(), contexts);
                }
            }
            case Syntax.OneOf o -> {
                for (Syntax alternative : o.alternatives()) {
                    if (acceptsKind(alternative, node)) {
                        check(node, alternative, contexts);
                        return;
                    }
                }
                mismatch(node);
            }
            default -> mismatch(node);
        }
    }

    private static boolean acceptsKind(Syntax syntax, YamlNode node) {
        return switch (syntax) {
            case Syntax.Any a -> true;
            case Syntax.Obj o -> node instanceof YamlNode.Mapping;
            case Syntax.ByKey b -> node instanceof YamlNode.Mapping;
            case Syntax.Seq s -> node instanceof YamlNode.Sequence;
            case Syntax.InContext c -> acceptsKind(c.inner(), node);
            case Syntax.OneOf o -> o.alternatives().stream().anyMatch(alt -> acceptsKind(alt, node));
            default -> false;
        };
    }

    private void checkAny(YamlNode node, FieldContexts contexts) {
        switch (node) {
            case YamlNode.Scalar s -> expressions.scan(s, contexts, false);
            case YamlNode.Sequence s -> s.items().forEach(item -> checkAny(item, contexts));
            case YamlNode.Mapping m -> m.entries().forEach(e -> {
                if (e.key() instanceof YamlNode.Scalar key && key.value().contains("${{")) {
                    expressionKey(key, contexts);
                } else {
                    checkAny(e.key(), Contexts.NONE);
                }
                checkAny(e.value(), contexts);
            });
        }
    }

    /**
     * A mapping key holding {@code ${{ }}}. As GitHub's template reader, it is allowed wherever the field allows
     * expressions: the {@code ${{ insert }}} directive as it is, any other key checked against the field's contexts.
     */
    private void expressionKey(YamlNode.Scalar key, FieldContexts contexts) {
        if (!contexts.allowsExpressions()) {
            diagnostics.error(ExpressionScanner.RULE, start(key),
                    "A template expression is not allowed in this context");
        } else if (!TemplateChecker.isInsertDirective(key.value())) {
            expressions.scan(key, contexts, false);
        }
    }

    private void checkMapping(YamlNode.Mapping mapping, Syntax.Obj obj, FieldContexts contexts) {
        Set<String> seen = new HashSet<>();
        boolean computedKeys = false;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.key() instanceof YamlNode.Scalar key)) {
                mismatch(entry.key());
                continue;
            }
            String name = key.isNull() ? "" : key.value();
            if (name.isEmpty()) {
                diagnostics.error(RULE, start(key), "Unexpected value ''");
                continue;
            }
            if (name.equals(MERGE_KEY) && key.style() == ScalarStyle.PLAIN) {
                // GitHub reads YAML without merge keys; the value would otherwise be misreported at its anchor.
                diagnostics.error(RULE, start(key), "The YAML merge key '<<' is not supported");
                continue;
            }
            if (name.contains("${{")) {
                expressionKey(key, contexts);
                if (contexts.allowsExpressions()) {
                    // The value of a computed key: of the mapping's one value syntax (env, with), else anything.
                    check(entry.value(), obj.properties().isEmpty() ? obj.others().orElse(Syntax.ANY) : Syntax.ANY,
                            contexts);
                    computedKeys = true;
                }
                continue;
            }
            if (!seen.add(name.toUpperCase(Locale.ROOT))) {
                diagnostics.error(RULE, start(key), "'%s' is already defined", name);
                continue;
            }
            Syntax.Property property = obj.properties().get(name);
            if (property != null) {
                check(entry.value(), property.syntax(), contexts);
            } else if (obj.others().isPresent()) {
                check(entry.value(), obj.others().get(), contexts);
            } else {
                diagnostics.error(RULE, start(key), "Unexpected value '%s'%s", name,
                        Suggestion.didYouMean(name, obj.properties().keySet()));
            }
        }
        for (Map.Entry<String, Syntax.Property> property : obj.properties().entrySet()) {
            // A computed key may supply a required one, so GitHub does not ask for them then.
            if (property.getValue().required() && !computedKeys && mapping.get(property.getKey()).isEmpty()) {
                diagnostics.error(RULE, start(mapping), "Required property is missing: %s", property.getKey());
            }
        }
    }

    private void mismatch(YamlNode node) {
        switch (node) {
            case YamlNode.Mapping m -> diagnostics.error(RULE, start(m), "A mapping was not expected");
            case YamlNode.Sequence s -> diagnostics.error(RULE, start(s), "A sequence was not expected");
            case YamlNode.Scalar s -> unexpected(s);
        }
    }

    private void unexpected(YamlNode.Scalar scalar) {
        diagnostics.error(RULE, start(scalar), "Unexpected value '%s'", scalar.isNull() ? "" : scalar.value());
    }

    private static Span start(YamlNode node) {
        return Span.at(node.span().start());
    }
}
