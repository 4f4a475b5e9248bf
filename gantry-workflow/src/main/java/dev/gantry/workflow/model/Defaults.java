package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/** {@code defaults.run}: the shell and working directory of {@code run} steps. */
public record Defaults(Optional<Template<String>> shell, Optional<Template<String>> workingDirectory, Span span) {}
