package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Template;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code outputs}.
 *
 * @param value the unevaluated {@code value}: required for composite actions, where it maps a step output
 *              ({@code ${{ steps.x.outputs.y }}}); JavaScript and Docker actions set outputs at run time instead
 */
public record ActionOutput(Text id, Optional<Text> description, Optional<Template<String>> value, Span span) {

    public ActionOutput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
