package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.Optional;
import java.util.Set;

/** Reads the root mapping of a metadata file into {@link ActionMetadata}, reporting every problem. */
final class MetadataReader {

    private static final Set<String> KEYS =
            Set.of("name", "author", "description", "inputs", "outputs", "runs", "branding");
    private static final Set<String> BRANDING_KEYS = Set.of("icon", "color");

    private final Diagnostics out;
    private final TemplateChecker expressions;

    MetadataReader(Diagnostics out, TemplateChecker expressions) {
        this.out = out;
        this.expressions = expressions;
    }

    /** The metadata, or empty when the file has no usable {@code runs} section (errors have been reported). */
    Optional<ActionMetadata> read(YamlNode root) {
        Optional<Fields> maybe = Fields.of(root, "action metadata", KEYS, out, expressions);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = maybe.get();
        Text name = fields.publishedText("name");
        Optional<Text> author = fields.text("author");
        Text description = fields.publishedText("description");
        ParameterReader parameters = new ParameterReader(out, expressions);
        var inputs = parameters.inputs(fields.node("inputs"));
        Optional<ActionRuns> runs = fields.node("runs").flatMap(node -> new RunsReader(out, expressions).read(node));
        if (!fields.has("runs")) {
            out.error(Fields.ACTION, fields.span(), "\"runs\" is required in action metadata");
        }
        var outputs = parameters.outputs(fields.node("outputs"),
                runs.map(r -> r instanceof ActionRuns.Composite).orElse(false));
        Optional<Branding> branding = fields.node("branding").filter(n -> !Fields.isNull(n)).flatMap(this::branding);
        return runs.map(r -> new ActionMetadata(name, author, description, inputs, outputs, r, branding,
                fields.span()));
    }

    private Optional<Branding> branding(YamlNode node) {
        return Fields.of(node, "\"branding\" section", BRANDING_KEYS, out, expressions).map(fields -> {
            Optional<Text> color = fields.text("color");
            color.filter(c -> !Branding.COLORS.contains(c.value())).ifPresent(c -> out.warning(Fields.ACTION,
                    c.span(), "unknown branding color \"%s\"; GitHub accepts %s", c,
                    String.join(", ", Branding.COLORS.stream().sorted().toList())));
            return new Branding(fields.text("icon"), color, fields.span());
        });
    }
}
