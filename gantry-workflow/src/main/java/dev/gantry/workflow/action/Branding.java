package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** How the marketplace shows the action: a Feather icon name and a background color. */
public record Branding(Optional<Text> icon, Optional<Text> color, Span span) {

    /** The background colors GitHub accepts. */
    public static final Set<String> COLORS =
            Set.of("white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark");

    public Branding {
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(span, "span");
    }
}
