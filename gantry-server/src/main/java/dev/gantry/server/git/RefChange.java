package dev.gantry.server.git;

import dev.gantry.engine.event.Revision;

import java.util.Objects;

/**
 * One ref moved by a push or a fetch, as GitHub reports it: the full ref name, and the commit before and after, with
 * {@link Revision#ZERO_SHA} for the side that did not exist (a created ref has a zero {@code before}, a deleted one
 * a zero {@code after}).
 */
public record RefChange(String ref, String before, String after) {

    public RefChange {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.equals(after)) {
            throw new IllegalArgumentException("ref " + ref + " did not change: " + before);
        }
    }

    public boolean created() {
        return before.equals(Revision.ZERO_SHA);
    }

    public boolean deleted() {
        return after.equals(Revision.ZERO_SHA);
    }
}
