package dev.gantry.workflow.yaml;

import java.util.List;
import java.util.Optional;

/**
 * The result of loading: the root node (empty for an empty source or when loading failed) and the anchors the
 * source defined, in order. Problems are reported to the {@code Diagnostics} given to the loader.
 */
public record YamlDocument(Optional<YamlNode> root, List<YamlAnchor> anchors) {
    public YamlDocument {
        anchors = List.copyOf(anchors);
    }

    public static YamlDocument empty() {
        return new YamlDocument(Optional.empty(), List.of());
    }
}
