package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Matrix;
import dev.gantry.workflow.model.Strategy;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a job's {@code strategy} and checks its matrix (rule {@value #RULE}): no empty vectors here, the rest in
 * {@link MatrixRules}.
 */
final class StrategyBuilder {

    static final String RULE = "matrix";

    private final Fields fields;
    private final Diagnostics diagnostics;

    StrategyBuilder(Fields fields, Diagnostics diagnostics) {
        this.fields = fields;
        this.diagnostics = diagnostics;
    }

    Optional<Template<Strategy>> build(Optional<YamlNode> node) {
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        Optional<Template<Strategy>> whole = wholeExpression(node.get());
        if (whole.isPresent()) {
            return whole;
        }
        Optional<YamlNode.Mapping> m = Fields.mapping(node);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Optional<Template<Matrix>> matrix = m.get().get("matrix").flatMap(this::matrix);
        Strategy strategy = new Strategy(matrix, fields.bool(m.get().get("fail-fast"), true),
                fields.number(m.get().get("max-parallel")), m.get().span());
        return Optional.of(Template.literal(strategy, m.get().span()));
    }

    private Optional<Template<Matrix>> matrix(YamlNode node) {
        Optional<Template<Matrix>> whole = wholeExpression(node);
        if (whole.isPresent() || !(node instanceof YamlNode.Mapping m)) {
            return whole;
        }
        new MatrixRules(diagnostics).check(m);
        Map<String, Template<List<Value>>> vectors = new LinkedHashMap<>();
        Template<List<Value>> include = Template.literal(List.of(), Span.NONE);
        Template<List<Value>> exclude = Template.literal(List.of(), Span.NONE);
        for (YamlNode.Entry e : m.entries()) {
            Optional<String> key = e.keyText();
            if (key.isEmpty()) {
                continue;
            }
            Template<List<Value>> values = values(e.value());
            switch (key.get()) {
                case "include" -> include = values;
                case "exclude" -> exclude = values;
                default -> {
                    if (e.value() instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
                        diagnostics.error(RULE, Span.at(seq.span().start()),
                                "Matrix vector '%s' does not contain any values", key.get());
                    }
                    vectors.putIfAbsent(key.get(), values);
                }
            }
        }
        return Optional.of(Template.literal(new Matrix(vectors, include, exclude, m.span()), m.span()));
    }

    private Template<List<Value>> values(YamlNode node) {
        Optional<Template<List<Value>>> whole = wholeExpression(node);
        if (whole.isPresent()) {
            return whole.get();
        }
        List<Value> values = node instanceof YamlNode.Sequence seq
                ? seq.items().stream().map(Fields::value).toList()
                : List.of(Fields.value(node));
        return Template.literal(values, node.span());
    }

    private <T> Optional<Template<T>> wholeExpression(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return fields.string(Optional.of(s))
                    .filter(t -> t instanceof Template.Expression<String>)
                    .map(t -> (Template.Expression<String>) t)
                    .map(e -> new Template.Expression<>(e.source(), e.expr(), e.span()));
        }
        return Optional.empty();
    }
}
