package dev.gantry.server.store;

import java.util.List;
import java.util.Locale;

/**
 * Reads the state-change log: every status change of a run or job, written in the transaction that made it.
 * Ids increase in the order the changes were made; with concurrent writers an entry can become visible shortly
 * after one with a greater id, so a follower that must see everything re-reads a short window behind its last id.
 */
public final class StateChangeLog {

    private final Database db;

    public StateChangeLog(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} entries with an id greater than {@code afterId}, oldest first. */
    public List<StateChange> since(long afterId, int limit) {
        return db.transaction(tx -> tx.list(
                "SELECT id, at, subject, subject_id, status, conclusion FROM state_changes WHERE id > ? "
                        + "ORDER BY id LIMIT ?",
                row -> new StateChange(row.longValue("id"), row.instant("at"),
                        StateChange.Subject.valueOf(row.string("subject").toUpperCase(Locale.ROOT)),
                        row.longValue("subject_id"), Status.ofWord(row.string("status")),
                        row.optionalString("conclusion")),
                afterId, Math.max(0, limit)));
    }
}
