package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.ScalarType;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns checked YAML nodes into model values. Lenient by contract: the {@link SyntaxChecker} has already
 * reported every shape problem, so a node of the wrong kind here just yields the default.
 */
final class Fields {

    private final ExpressionScanner expressions;

    Fields(ExpressionScanner expressions) {
        this.expressions = expressions;
    }

    static Optional<YamlNode.Mapping> mapping(Optional<YamlNode> node) {
        return node.filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast);
    }

    static Optional<YamlNode.Scalar> scalar(Optional<YamlNode> node) {
        return node.filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast);
    }

    static Optional<String> text(Optional<YamlNode> node) {
        return scalar(node).filter(s -> !s.isNull()).map(YamlNode.Scalar::value);
    }

    /** A scalar's text as GitHub coerces it to a string (null becomes empty). */
    static String coerce(YamlNode.Scalar s) {
        return s.isNull() ? "" : s.value();
    }

    private <T> Optional<Template<T>> expression(YamlNode node) {
        return node instanceof YamlNode.Scalar s ? expressions.expressionOf(s) : Optional.empty();
    }

    Optional<Template<String>> string(Optional<YamlNode> node) {
        return node.flatMap(n -> this.<String>expression(n).or(() -> scalar(Optional.of(n))
                .map(s -> Template.literal(coerce(s), s.span()))));
    }

    Template<String> string(Optional<YamlNode> node, String fallback, Span span) {
        return string(node).orElse(Template.literal(fallback, span));
    }

    Template<Boolean> bool(Optional<YamlNode> node, boolean fallback) {
        if (node.isEmpty()) {
            return Template.literal(fallback, Span.NONE);
        }
        return this.<Boolean>expression(node.get()).orElseGet(() -> scalar(node)
                .filter(s -> s.type() == ScalarType.BOOL)
                .map(s -> Template.literal(s.isTrue(), s.span()))
                .orElse(Template.literal(fallback, node.get().span())));
    }

    Optional<Template<Double>> number(Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return this.<Double>expression(node.get()).or(() -> scalar(node)
                .flatMap(s -> s.number().map(n -> Template.literal(n, s.span()))));
    }

    /** A condition; {@code success()} when absent. */
    Template<Boolean> condition(Optional<YamlNode> node) {
        Optional<Template<Boolean>> given = node.flatMap(this::expression);
        return given.orElse(new Template.Expression<>("success()", Optional.empty(),
                node.map(YamlNode::span).orElse(Span.NONE)));
    }

    /** A string or a list of strings as a list of names. */
    static List<Named> names(Optional<YamlNode> node) {
        List<Named> names = new ArrayList<>();
        node.ifPresent(n -> {
            if (n instanceof YamlNode.Scalar s && !s.isNull()) {
                names.add(new Named(s.value(), s.span()));
            } else if (n instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                        names.add(new Named(s.value(), s.span()));
                    }
                }
            }
        });
        return names;
    }

    EnvMap env(Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return EnvMap.EMPTY;
        }
        Optional<Template<Map<String, String>>> whole = expression(node.get());
        if (whole.isPresent() && whole.get() instanceof Template.Expression<Map<String, String>> e) {
            return new EnvMap(Map.of(), Optional.of(e), node.get().span());
        }
        Map<String, Template<String>> entries = new LinkedHashMap<>();
        mapping(node).ifPresent(m -> {
            for (YamlNode.Entry entry : m.entries()) {
                entry.keyText().filter(k -> !k.contains("${{"))
                        .ifPresent(k -> entries.putIfAbsent(k, string(Optional.of(entry.value()), "", entry.value().span())));
            }
        });
        return new EnvMap(entries, Optional.empty(), node.get().span());
    }

    /** Plain YAML data as expression values (matrix rows and vectors). */
    static Value value(YamlNode node) {
        return switch (node) {
            case YamlNode.Scalar s -> switch (s.type()) {
                case NULL -> Value.NULL;
                case BOOL -> Value.of(s.isTrue());
                case INT, FLOAT -> new Value.Num(s.number().orElse(Double.NaN));
                case STRING -> new Value.Str(s.value());
            };
            case YamlNode.Sequence seq -> new Value.Arr(seq.items().stream().map(Fields::value).toList());
            case YamlNode.Mapping m -> {
                Map<String, Value> members = new LinkedHashMap<>();
                for (YamlNode.Entry e : m.entries()) {
                    e.keyText().ifPresent(k -> members.putIfAbsent(k, value(e.value())));
                }
                yield new Value.Obj(members);
            }
        };
    }
}
