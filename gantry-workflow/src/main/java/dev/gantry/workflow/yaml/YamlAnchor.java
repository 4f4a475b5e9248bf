package dev.gantry.workflow.yaml;

import dev.gantry.workflow.diag.Span;

/** An anchor ({@code &name}) found in the source; kept so that readers that forbid anchors can say where. */
public record YamlAnchor(String name, Span span) {}
