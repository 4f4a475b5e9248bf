package dev.gantry.workflow.template;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.yaml.YamlLoader;
import dev.gantry.workflow.yaml.YamlNode;

/** Scalars read from small YAML texts, with their real spans, styles and raw text. */
final class Scalars {

    private Scalars() {}

    /** The value of key {@code v} in the mapping {@code yaml}. */
    static YamlNode.Scalar valueOfV(String yaml) {
        YamlNode root = YamlLoader.load(yaml, new Diagnostics()).root().orElseThrow();
        return (YamlNode.Scalar) ((YamlNode.Mapping) root).get("v").orElseThrow();
    }
}
