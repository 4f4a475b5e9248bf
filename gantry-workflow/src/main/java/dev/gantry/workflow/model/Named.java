package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;

/** A name as written in the source, e.g. one entry of {@code needs}, one event type, one label. */
public record Named(String name, Span span) {}
