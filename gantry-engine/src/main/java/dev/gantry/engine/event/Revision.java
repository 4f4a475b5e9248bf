package dev.gantry.engine.event;

import java.util.Objects;

/**
 * The commit and ref a run sees: {@code GITHUB_SHA} and {@code GITHUB_REF}. Either may be empty when nothing
 * provides it (a plain folder without an event payload), as in act.
 *
 * @param sha the full commit id, or empty
 * @param ref the full ref, e.g. {@code refs/heads/main}, {@code refs/tags/v1}, {@code refs/pull/7/merge}, or empty
 */
public record Revision(String sha, String ref) {

    /** The id git uses for "no commit", e.g. {@code before} of a push that created a branch. */
    public static final String ZERO_SHA = "0".repeat(40);

    public Revision {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(ref, "ref");
    }

    /** {@code refs/heads/name}. */
    public static String branchRef(String name) {
        return name.startsWith("refs/") ? name : "refs/heads/" + name;
    }

    /** {@code refs/tags/name}. */
    public static String tagRef(String name) {
        return name.startsWith("refs/") ? name : "refs/tags/" + name;
    }
}
