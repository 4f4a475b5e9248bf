package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Template;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code inputs}.
 *
 * @param id                 the input id as written (GitHub compares ids case-insensitively)
 * @param required           whether the action declares the input required (GitHub does not enforce it)
 * @param defaultValue       the {@code default}, unevaluated: it may use {@code github}, {@code strategy},
 *                           {@code matrix}, {@code job}, {@code runner} and {@code hashFiles}
 * @param deprecationMessage present when the input is deprecated
 */
public record ActionInput(Text id, Optional<Text> description, boolean required, Optional<Template<String>> defaultValue,
                          Optional<Text> deprecationMessage, Span span) {

    public ActionInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(deprecationMessage, "deprecationMessage");
        Objects.requireNonNull(span, "span");
    }
}
