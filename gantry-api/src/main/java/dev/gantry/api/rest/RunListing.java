package dev.gantry.api.rest;

import java.util.Objects;
import java.util.Optional;

/**
 * Which runs to list: GitHub's filters {@code status} (a status or a conclusion), {@code branch}, {@code event},
 * {@code actor}, {@code head_sha}, and the page size (1–100).
 */
public record RunListing(Optional<String> status, Optional<String> branch, Optional<String> event,
                         Optional<String> actor, Optional<String> headSha, int perPage) {

    public RunListing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(headSha, "headSha");
        if (perPage < 1 || perPage > 100) {
            throw new IllegalArgumentException("a page holds 1 to 100 runs, not " + perPage);
        }
    }

    /** The newest {@code perPage} runs, unfiltered. */
    public static RunListing latest(int perPage) {
        return new RunListing(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), perPage);
    }
}
