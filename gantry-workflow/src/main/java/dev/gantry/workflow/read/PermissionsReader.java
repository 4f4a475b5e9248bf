package dev.gantry.workflow.read;

import dev.gantry.workflow.model.Permissions;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code permissions}: {@code read-all}, {@code write-all}, {@code {}} or one level per scope. */
final class PermissionsReader {

    private PermissionsReader() {}

    static Optional<Permissions> read(Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return switch (node.get()) {
            case YamlNode.Scalar s -> switch (s.value()) {
                case "read-all" -> Optional.of(new Permissions.All(Permissions.Level.READ, s.span()));
                case "write-all" -> Optional.of(new Permissions.All(Permissions.Level.WRITE, s.span()));
                default -> Optional.empty();
            };
            case YamlNode.Mapping m -> {
                if (m.entries().isEmpty()) {
                    yield Optional.of(new Permissions.All(Permissions.Level.NONE, m.span()));
                }
                Map<String, Permissions.Level> levels = new LinkedHashMap<>();
                for (YamlNode.Entry e : m.entries()) {
                    Optional<String> level = e.value() instanceof YamlNode.Scalar v ? Optional.of(v.value())
                            : Optional.empty();
                    e.keyText().ifPresent(scope -> level.filter(l -> l.equals("read") || l.equals("write")
                            || l.equals("none")).ifPresent(l -> levels.putIfAbsent(scope,
                            Permissions.Level.valueOf(l.toUpperCase(Locale.ROOT)))));
                }
                yield Optional.of(new Permissions.Scopes(levels, m.span()));
            }
            case YamlNode.Sequence s -> Optional.empty();
        };
    }
}
