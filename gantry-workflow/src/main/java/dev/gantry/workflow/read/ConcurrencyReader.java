package dev.gantry.workflow.read;

import dev.gantry.workflow.model.Concurrency;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.Optional;

/** Reads {@code concurrency}: a group name, or {@code {group, cancel-in-progress}}. */
final class ConcurrencyReader {

    private ConcurrencyReader() {}

    static Optional<Concurrency> read(Fields fields, Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        YamlNode n = node.get();
        if (n instanceof YamlNode.Mapping m) {
            return Optional.of(new Concurrency(fields.string(m.get("group"), "", m.span()),
                    fields.bool(m.get("cancel-in-progress"), false), fields.string(m.get("queue")), m.span()));
        }
        return Optional.of(new Concurrency(fields.string(node, "", n.span()), Template.literal(false, n.span()),
                Optional.empty(), n.span()));
    }
}
