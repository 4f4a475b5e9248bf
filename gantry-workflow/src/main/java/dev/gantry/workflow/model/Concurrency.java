package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/**
 * A concurrency group; the short form {@code concurrency: name} has {@code cancelInProgress} false.
 *
 * @param queue the newer {@code queue} setting ({@code max} keeps every pending run), when given
 */
public record Concurrency(Template<String> group, Template<Boolean> cancelInProgress,
                          Optional<Template<String>> queue, Span span) {}
