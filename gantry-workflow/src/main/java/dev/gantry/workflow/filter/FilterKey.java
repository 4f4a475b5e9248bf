package dev.gantry.workflow.filter;

import java.util.Optional;

/** The six filter keys of {@code on.push} and {@code on.pull_request} (and their {@code _target} twin). */
public enum FilterKey {
    BRANCHES("branches", ListKind.INCLUDE),
    BRANCHES_IGNORE("branches-ignore", ListKind.IGNORE),
    TAGS("tags", ListKind.INCLUDE),
    TAGS_IGNORE("tags-ignore", ListKind.IGNORE),
    PATHS("paths", ListKind.INCLUDE),
    PATHS_IGNORE("paths-ignore", ListKind.IGNORE);

    private final String yamlName;
    private final ListKind kind;

    FilterKey(String yamlName, ListKind kind) {
        this.yamlName = yamlName;
        this.kind = kind;
    }

    /** The key as written in a workflow, e.g. {@code branches-ignore}. */
    public String yamlName() {
        return yamlName;
    }

    public ListKind kind() {
        return kind;
    }

    /** The key that may not be used together with this one: {@code branches} ↔ {@code branches-ignore}. */
    public FilterKey twin() {
        return switch (this) {
            case BRANCHES -> BRANCHES_IGNORE;
            case BRANCHES_IGNORE -> BRANCHES;
            case TAGS -> TAGS_IGNORE;
            case TAGS_IGNORE -> TAGS;
            case PATHS -> PATHS_IGNORE;
            case PATHS_IGNORE -> PATHS;
        };
    }

    /** The key written as {@code yamlName}, if there is one. */
    public static Optional<FilterKey> fromYaml(String yamlName) {
        for (FilterKey key : values()) {
            if (key.yamlName.equals(yamlName)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
