package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/** An output of a reusable workflow: {@code value} is an expression over {@code jobs}. */
public record CallOutput(String id, Optional<String> description, Template<String> value, Span span) {}
