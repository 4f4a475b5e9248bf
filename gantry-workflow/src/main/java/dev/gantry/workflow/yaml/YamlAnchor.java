package dev.gantry.workflow.yaml;

import dev.gantry.workflow.diag.Span;

/**
 * An anchor ({@code &name}) found in the source, and whether any alias ({@code *name}) refers to it — so readers
 * can point out anchors defined but never used.
 */
public record YamlAnchor(String name, Span span, boolean used) {

    YamlAnchor asUsed() {
        return new YamlAnchor(name, span, true);
    }
}
