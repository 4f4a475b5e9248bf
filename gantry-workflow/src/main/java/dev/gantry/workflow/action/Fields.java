package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.template.FieldContexts;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.ScalarType;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one mapping of the metadata file, read with type checks. Creating it reports keys that are not
 * scalars, unknown keys and duplicate keys; each accessor reports a value of the wrong type. Every problem goes to
 * the diagnostics collector; accessors then answer as if the key were absent. Not thread-safe.
 */
final class Fields {

    static final String SYNTAX = "syntax-check";
    static final String ACTION = "action";

    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    private final String where;
    private final Span span;
    private final Diagnostics out;
    private final TemplateChecker expressions;

    private Fields(String where, Span span, Diagnostics out, TemplateChecker expressions) {
        this.where = where;
        this.span = span;
        this.out = out;
        this.expressions = expressions;
    }

    /**
     * The fields of {@code node}, or empty (with an error) when it is not a mapping.
     *
     * @param where       how messages name the mapping, e.g. {@code "runs" section}
     * @param allowed     the keys this mapping may hold
     * @param expressions checks the {@code ${{ }}} of every value read
     */
    static Optional<Fields> of(YamlNode node, String where, Set<String> allowed, Diagnostics out,
                               TemplateChecker expressions) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            out.error(SYNTAX, node.span(), "%s must be a mapping, but found %s", where, node.kind());
            return Optional.empty();
        }
        Fields fields = new Fields(where, mapping.span(), out, expressions);
        Set<String> seen = new HashSet<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.key() instanceof YamlNode.Scalar key)) {
                out.error(SYNTAX, entry.key().span(), "keys of %s must be strings, but found %s", where,
                        entry.key().kind());
            } else if (!allowed.contains(key.value())) {
                out.error(SYNTAX, key.span(), "unexpected key \"%s\" in %s; expected one of %s", key.value(),
                        where, String.join(", ", allowed.stream().sorted().toList()));
            } else if (!seen.add(key.value())) {
                out.error(SYNTAX, key.span(), "key \"%s\" is duplicated in %s", key.value(), where);
            } else {
                fields.entries.put(key.value(), entry);
            }
        }
        return Optional.of(fields);
    }

    /** The span of the whole mapping. */
    Span span() {
        return span;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The span of {@code key} itself, or of the mapping when absent. */
    Span keySpan(String key) {
        YamlNode.Entry entry = entries.get(key);
        return entry == null ? span : entry.key().span();
    }

    Optional<YamlNode> node(String key) {
        YamlNode.Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** A scalar as text; empty when absent or null, and (with an error) when it is a mapping or sequence. */
    Optional<Text> text(String key) {
        return node(key).flatMap(node -> scalarText(node, "\"%s\" in %s".formatted(key, where)));
    }

    /** A required scalar; when missing or null, an error and an empty text at the mapping. */
    Text requiredText(String key) {
        Optional<Text> text = text(key);
        if (text.isEmpty() && !node(key).map(n -> !(n instanceof YamlNode.Scalar)).orElse(false)) {
            out.error(ACTION, has(key) ? keySpan(key) : span, "\"%s\" is required in %s", key, where);
        } else if (text.isPresent() && text.get().value().isBlank()) {
            out.error(ACTION, text.get().span(), "\"%s\" in %s must not be empty", key, where);
            return new Text("", text.get().span());
        }
        return text.orElseGet(() -> new Text("", span));
    }

    /**
     * A scalar GitHub requires to publish an action but runners do without ({@code name}, {@code description}):
     * when missing, a warning and an empty text at the mapping.
     */
    Text publishedText(String key) {
        Optional<Text> text = text(key);
        if (text.isEmpty() && !node(key).map(n -> !(n instanceof YamlNode.Scalar)).orElse(false)) {
            out.warning(ACTION, has(key) ? keySpan(key) : span, "\"%s\" is required in %s to publish the action",
                    key, where);
        }
        return text.orElseGet(() -> new Text("", span));
    }

    /** A boolean: {@code true}/{@code false}, also as strings in any case; {@code fallback} when absent. */
    boolean bool(String key, boolean fallback) {
        Optional<Text> text = text(key);
        if (text.isEmpty()) {
            return fallback;
        }
        String value = text.get().value().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            out.error(SYNTAX, text.get().span(), "\"%s\" in %s must be a boolean, but found \"%s\"", key, where,
                    text.get().value());
            return fallback;
        }
        return value.equals("true");
    }

    /** A value that may hold expressions; empty when absent or null (and, with an error, when not a scalar). */
    Optional<Template<String>> template(String key, FieldContexts contexts) {
        return scalar(key).map(s -> expressions.string(s, contexts));
    }

    /** A condition; {@code fallback} (e.g. {@code success()}) when absent or empty. */
    Template<Boolean> condition(String key, FieldContexts contexts, String fallback) {
        return scalar(key).map(s -> expressions.condition(s, contexts, fallback))
                .orElseGet(() -> TemplateChecker.defaultCondition(fallback, has(key) ? keySpan(key) : Span.NONE));
    }

    /** A boolean or an expression ({@code continue-on-error}); {@code fallback} when absent. */
    Template<Boolean> flag(String key, boolean fallback, FieldContexts contexts) {
        Optional<YamlNode.Scalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return Template.literal(fallback, has(key) ? keySpan(key) : span);
        }
        Optional<Template<Boolean>> expression = expressions.check(scalar.get(), contexts, false).template();
        if (expression.isPresent()) {
            return expression.get();
        }
        if (Interpolation.containsExpression(scalar.get().value())) {
            return Template.literal(fallback, scalar.get().span()); // a malformed expression, already reported
        }
        String text = scalar.get().value().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            out.error(SYNTAX, scalar.get().span(), "\"%s\" in %s must be a boolean or an expression, but found \"%s\"",
                    key, where, scalar.get().value());
            return Template.literal(fallback, scalar.get().span());
        }
        return Template.literal(text.equals("true"), scalar.get().span());
    }

    /**
     * An {@code env} or {@code with} mapping: string keys to values that may hold expressions, in source order; or
     * one expression that computes the whole mapping.
     */
    EnvMap env(String key, FieldContexts contexts) {
        Optional<YamlNode> node = node(key).filter(n -> !isNull(n));
        if (node.isEmpty()) {
            return EnvMap.EMPTY;
        }
        String what = "\"%s\" in %s".formatted(key, where);
        if (node.get() instanceof YamlNode.Scalar scalar && Interpolation.containsExpression(scalar.value())) {
            return expressions.check(scalar, contexts, false).<Map<String, String>>typedExpression()
                    .map(e -> new EnvMap(Map.of(), Optional.of(e), scalar.span())).orElse(EnvMap.EMPTY);
        }
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            out.error(SYNTAX, node.get().span(), "%s must be a mapping, but found %s", what, node.get().kind());
            return EnvMap.EMPTY;
        }
        Map<String, Template<String>> entries = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            Optional<Text> name = scalarText(entry.key(), "keys of " + what);
            if (name.isEmpty()) {
                continue;
            }
            if (entries.containsKey(name.get().value())) {
                out.error(SYNTAX, name.get().span(), "key \"%s\" is duplicated in %s", name.get().value(), what);
                continue;
            }
            String id = name.get().value();
            if (isNull(entry.value())) {
                entries.put(id, Template.literal("", entry.value().span()));
            } else {
                scalar(entry.value(), "values of " + what)
                        .ifPresent(s -> entries.put(id, expressions.string(s, contexts)));
            }
        }
        return new EnvMap(entries, Optional.empty(), mapping.span());
    }

    /** A sequence of values that may hold expressions ({@code args}); a single scalar is not accepted. */
    List<Template<String>> templates(String key, FieldContexts contexts) {
        List<Template<String>> result = new ArrayList<>();
        Optional<YamlNode> node = node(key).filter(n -> !isNull(n));
        if (node.isEmpty()) {
            return result;
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            out.error(SYNTAX, node.get().span(), "\"%s\" in %s must be a sequence, but found %s", key, where,
                    node.get().kind());
            return result;
        }
        for (YamlNode item : sequence.items()) {
            if (isNull(item)) {
                result.add(Template.literal("", item.span()));
            } else {
                scalar(item, "items of \"%s\" in %s".formatted(key, where))
                        .ifPresent(s -> result.add(expressions.string(s, contexts)));
            }
        }
        return result;
    }

    private Optional<YamlNode.Scalar> scalar(String key) {
        return node(key).filter(n -> !isNull(n)).flatMap(n -> scalar(n, "\"%s\" in %s".formatted(key, where)));
    }

    private Optional<YamlNode.Scalar> scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar);
        }
        out.error(SYNTAX, node.span(), "%s must be a string, but found %s", what, node.kind());
        return Optional.empty();
    }

    /** A scalar as text, its expressions checked as in a field that is never evaluated. */
    private Optional<Text> scalarText(YamlNode node, String what) {
        return scalar(node, what).filter(s -> s.type() != ScalarType.NULL).map(s -> {
            expressions.check(s, ActionContexts.TEXT, false);
            return new Text(s.value(), s.span());
        });
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.type() == ScalarType.NULL;
    }
}
