package dev.gantry.workflow.filter;

import java.util.Objects;

/**
 * The ref an event is about, by short name: {@code main}, {@code releases/v1}, {@code v1.2.0}.
 * For {@code pull_request} events this is the base branch.
 */
public sealed interface GitRef {

    String name();

    record Branch(String name) implements GitRef {
        public Branch {
            Objects.requireNonNull(name, "name");
        }
    }

    record Tag(String name) implements GitRef {
        public Tag {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code refs/heads/x} → branch {@code x}, {@code refs/tags/x} → tag {@code x}, anything else a branch as is. */
    static GitRef parse(String fullRef) {
        if (fullRef.startsWith("refs/tags/")) {
            return new Tag(fullRef.substring("refs/tags/".length()));
        }
        return new Branch(fullRef.startsWith("refs/heads/") ? fullRef.substring("refs/heads/".length()) : fullRef);
    }
}
