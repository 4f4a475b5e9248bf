package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/** The deployment environment of a job: {@code environment: name} or {@code {name, url}}. */
public record Environment(Template<String> name, Optional<Template<String>> url, Span span) {}
