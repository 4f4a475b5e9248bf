package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code inputs} and {@code outputs} sections. Ids are unique ignoring case, as GitHub compares them. */
final class ParameterReader {

    private static final Set<String> INPUT_KEYS = Set.of("description", "required", "default", "deprecationMessage");
    private static final Set<String> OUTPUT_KEYS = Set.of("description", "value");

    private final Diagnostics out;
    private final TemplateChecker expressions;

    ParameterReader(Diagnostics out, TemplateChecker expressions) {
        this.out = out;
        this.expressions = expressions;
    }

    List<ActionInput> inputs(Optional<YamlNode> section) {
        List<ActionInput> inputs = new ArrayList<>();
        for (YamlNode.Entry entry : entries(section, "inputs")) {
            Text id = id(entry);
            Optional<Fields> fields = definition(entry, "definition of input \"%s\"".formatted(id), INPUT_KEYS);
            Optional<Text> deprecation = fields.flatMap(f -> f.text("deprecationMessage"));
            if (fields.isPresent() && fields.get().has("deprecationMessage") && deprecation.isEmpty()) {
                deprecation = Optional.of(new Text("", fields.get().keySpan("deprecationMessage")));
            }
            deprecation.filter(t -> t.value().isBlank()).ifPresent(t -> out.warning(Fields.ACTION, t.span(),
                    "input \"%s\" is deprecated but its \"deprecationMessage\" is empty", id));
            inputs.add(new ActionInput(id, fields.flatMap(f -> f.text("description")),
                    fields.map(f -> f.bool("required", false)).orElse(false),
                    fields.flatMap(f -> f.template("default", ActionContexts.INPUT_DEFAULT)), deprecation, entry.key().span()));
        }
        return inputs;
    }

    /** Outputs; for a composite action ({@code composite}) every output needs a {@code value}. */
    List<ActionOutput> outputs(Optional<YamlNode> section, boolean composite) {
        List<ActionOutput> outputs = new ArrayList<>();
        for (YamlNode.Entry entry : entries(section, "outputs")) {
            Text id = id(entry);
            Optional<Fields> fields = definition(entry, "definition of output \"%s\"".formatted(id), OUTPUT_KEYS);
            Optional<Template<String>> value = fields.flatMap(f -> f.template("value", ActionContexts.OUTPUT_VALUE));
            if (composite && value.isEmpty()) {
                out.error(Fields.ACTION, id.span(), "output \"%s\" of a composite action needs a \"value\"", id);
            }
            outputs.add(new ActionOutput(id, fields.flatMap(f -> f.text("description")), value,
                    entry.key().span()));
        }
        return outputs;
    }

    private List<YamlNode.Entry> entries(Optional<YamlNode> section, String name) {
        if (section.isEmpty() || Fields.isNull(section.get())) {
            return List.of();
        }
        if (!(section.get() instanceof YamlNode.Mapping mapping)) {
            out.error(Fields.SYNTAX, section.get().span(), "\"%s\" must be a mapping, but found %s", name,
                    section.get().kind());
            return List.of();
        }
        Map<String, Text> seen = new HashMap<>();
        List<YamlNode.Entry> unique = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.key() instanceof YamlNode.Scalar key)) {
                out.error(Fields.SYNTAX, entry.key().span(), "ids in \"%s\" must be strings, but found %s", name,
                        entry.key().kind());
                continue;
            }
            Text previous = seen.putIfAbsent(key.value().toLowerCase(Locale.ROOT), new Text(key.value(), key.span()));
            if (previous != null) {
                out.error(Fields.SYNTAX, key.span(), "%s \"%s\" is duplicated: \"%s\" was defined at line %d "
                        + "(ids are compared ignoring case)", name.substring(0, name.length() - 1), key.value(),
                        previous.value(), previous.span().start().line());
                continue;
            }
            unique.add(entry);
        }
        return unique;
    }

    private static Text id(YamlNode.Entry entry) {
        YamlNode.Scalar key = (YamlNode.Scalar) entry.key();
        return new Text(key.value(), key.span());
    }

    /** The definition mapping; {@code id:} with no value is an empty definition. */
    private Optional<Fields> definition(YamlNode.Entry entry, String where, Set<String> keys) {
        if (Fields.isNull(entry.value())) {
            return Optional.empty();
        }
        return Fields.of(entry.value(), where, keys, out, expressions);
    }
}
