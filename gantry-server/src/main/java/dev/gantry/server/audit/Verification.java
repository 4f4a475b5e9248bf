package dev.gantry.server.audit;

import java.util.Objects;

/** What {@link AuditChain#verify} found: the chain intact, or the first record where it breaks. */
public sealed interface Verification {

    /** Every record follows its predecessor and matches its hash; {@code head} is the newest record's hash. */
    record Intact(long records, String head) implements Verification {
        public Intact {
            Objects.requireNonNull(head, "head");
        }
    }

    /** The chain breaks at record {@code sequence}: {@code problem} says how, {@code message} in one sentence. */
    record Broken(long sequence, Problem problem, String message) implements Verification {
        public Broken {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }

    /** How a chain can break. */
    enum Problem {
        /** A record is missing: the sequence jumps (a deleted row), or the newest records are gone. */
        GAP,
        /** A record does not name its predecessor's hash (rows reordered, or one replaced). */
        LINK,
        /** A record's fields no longer give its hash (a field was altered). */
        HASH,
        /** A field holds what Gantry never writes (an unknown action, details that are not a JSON object). */
        FIELD,
        /** The head row does not match the newest record (a record appended around the log, or the head edited). */
        HEAD
    }
}
