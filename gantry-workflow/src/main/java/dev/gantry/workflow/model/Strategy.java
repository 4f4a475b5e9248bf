package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/** A job's strategy; {@code failFast} defaults to true. */
public record Strategy(Optional<Template<Matrix>> matrix, Template<Boolean> failFast,
                       Optional<Template<Double>> maxParallel, Span span) {}
