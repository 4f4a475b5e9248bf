package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code env} (or {@code with}, {@code outputs}) mapping: either literal entries whose values may embed
 * expressions, or one expression that computes the whole mapping at job time.
 */
public record EnvMap(Map<String, Template<String>> entries, Optional<Template.Expression<Map<String, String>>> whole,
                     Span span) {

    public static final EnvMap EMPTY = new EnvMap(Map.of(), Optional.empty(), Span.NONE);

    public EnvMap {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty() && whole.isEmpty();
    }
}
