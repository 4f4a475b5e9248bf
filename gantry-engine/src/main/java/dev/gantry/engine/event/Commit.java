package dev.gantry.engine.event;

import java.time.Instant;
import java.util.Objects;

/** One commit: its id, full message, author and committer, and when it was committed. */
public record Commit(String sha, String message, Person author, Person committer, Instant time) {

    public Commit {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(committer, "committer");
        Objects.requireNonNull(time, "time");
    }
}
