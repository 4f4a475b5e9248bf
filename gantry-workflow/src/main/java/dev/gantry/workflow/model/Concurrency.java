package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;

/** A concurrency group; the short form {@code concurrency: name} has {@code cancelInProgress} false. */
public record Concurrency(Template<String> group, Template<Boolean> cancelInProgress, Span span) {}
