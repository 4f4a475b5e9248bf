package dev.gantry.workflow.model;

import java.util.List;
import java.util.Map;

/**
 * The branch, tag and path filters of one event, keyed by their YAML name ({@code branches},
 * {@code branches-ignore}, {@code tags}, {@code tags-ignore}, {@code paths}, {@code paths-ignore}).
 * Only filters present in the source are keys; an empty list given explicitly stays an empty list.
 */
public record Filters(Map<String, List<Named>> lists) {

    public static final Filters NONE = new Filters(Map.of());

    public static final List<String> NAMES = List.of("branches", "branches-ignore", "tags", "tags-ignore", "paths",
            "paths-ignore");

    public Filters {
        lists = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lists));
    }

    public boolean has(String name) {
        return lists.containsKey(name);
    }

    public List<Named> get(String name) {
        return lists.getOrDefault(name, List.of());
    }
}
