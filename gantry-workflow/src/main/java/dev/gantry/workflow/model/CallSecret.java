package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/** A secret a reusable workflow declares. */
public record CallSecret(String id, Optional<String> description, boolean required, Span span) {}
