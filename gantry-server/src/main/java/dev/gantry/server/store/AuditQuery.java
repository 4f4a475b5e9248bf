package dev.gantry.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit records to list: each filter that is present must match (actor, action and subject exactly; a
 * subject ending in {@code *} matches by prefix; {@code since} inclusive, {@code until} exclusive), oldest first,
 * one page of {@code perPage} records (1-based {@code page}).
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> subject,
                         Optional<Instant> since, Optional<Instant> until, int page, int perPage) {

    public AuditQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("page and perPage must be at least 1");
        }
    }

    /** Every record, first page of {@code perPage}. */
    public static AuditQuery all(int perPage) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1, perPage);
    }
}
