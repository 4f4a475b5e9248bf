package dev.gantry.server.audit;

import dev.gantry.server.audit.Verification.Problem;
import dev.gantry.server.store.AuditRecord;
import dev.gantry.server.store.AuditStore;
import dev.gantry.server.store.Database;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the audit log: walks every record in sequence order, in batches, and checks that the sequence has no
 * gap, that each record names its predecessor's hash (the first one the genesis hash), that its fields are ones
 * Gantry writes and give its hash, and that the head row matches the newest record. Reads only; blocks on the
 * database; safe while the server appends (records appended during the walk are checked if reached).
 */
public final class AuditChain {

    private static final int BATCH = 1000;

    private AuditChain() {
    }

    /** The chain of {@code db}'s audit log: intact, or the first record where it breaks. */
    public static Verification verify(Database db) {
        return verify(new AuditStore(db));
    }

    static Verification verify(AuditStore store) {
        AuditStore.Head head = store.head();
        long previous = 0;
        String previousHash = AuditRecord.GENESIS;
        List<AuditRecord> batch = store.after(0, BATCH);
        while (!batch.isEmpty()) {
            for (AuditRecord record : batch) {
                Optional<Verification.Broken> broken = check(record, previous, previousHash);
                if (broken.isPresent()) {
                    return broken.get();
                }
                previous = record.sequence();
                previousHash = record.hash();
            }
            batch = store.after(previous, BATCH);
        }
        if (head.sequence() > previous) {
            return new Verification.Broken(previous + 1, Problem.GAP, "audit record " + (previous + 1)
                    + " is missing: the log ends at record " + previous + " but its head says " + head.sequence()
                    + " records were written (the newest were deleted).");
        }
        if (head.sequence() < previous || !head.hash().equals(previousHash)) {
            return new Verification.Broken(Math.max(1, Math.min(previous, head.sequence() + 1)), Problem.HEAD,
                    "the audit log's head (record " + head.sequence() + ", hash " + shortHash(head.hash())
                    + ") does not match its newest record (" + previous + ", hash " + shortHash(previousHash)
                    + "): records were written or the head changed outside the log.");
        }
        return new Verification.Intact(previous, previousHash);
    }

    private static Optional<Verification.Broken> check(AuditRecord record, long previous, String previousHash) {
        long expected = previous + 1;
        long sequence = record.sequence();
        if (sequence != expected) {
            return broken(expected, Problem.GAP, "audit record " + expected + " is missing: the record after "
                    + (previous == 0 ? "the start of the log" : "record " + previous) + " is record " + sequence
                    + ".");
        }
        if (!record.previousHash().equals(previousHash)) {
            return broken(sequence, Problem.LINK, "audit record " + sequence + " does not follow "
                    + (previous == 0 ? "the genesis hash" : "record " + previous) + ": it was sealed after hash "
                    + shortHash(record.previousHash()) + ", but the record before it has hash "
                    + shortHash(previousHash) + " (records were reordered, replaced or re-sealed).");
        }
        if (AuditAction.named(record.action()).isEmpty()) {
            return broken(sequence, Problem.FIELD, "audit record " + sequence + " was altered: its action \""
                    + record.action() + "\" is not one Gantry records.");
        }
        if (AuditDetails.parse(record.details()).isEmpty()) {
            return broken(sequence, Problem.FIELD, "audit record " + sequence
                    + " was altered: its details are not a JSON object.");
        }
        if (!record.expectedHash().equals(record.hash())) {
            return broken(sequence, Problem.HASH, "audit record " + sequence + " was altered: its time, actor, "
                    + "action, subject or details no longer match its hash.");
        }
        return Optional.empty();
    }

    private static Optional<Verification.Broken> broken(long sequence, Problem problem, String message) {
        return Optional.of(new Verification.Broken(sequence, problem, message));
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
