package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Appends to the state-change log inside the transaction that makes the change. */
final class StateChanges {

    private StateChanges() {}

    static void record(Transaction tx, Instant at, StateChange.Subject subject, long id, Status status,
                       Optional<Conclusion> conclusion) throws SQLException {
        tx.update("INSERT INTO state_changes (at, subject, subject_id, status, conclusion) VALUES (?, ?, ?, ?, ?)",
                at, subject.word(), id, status.word(), Columns.conclusionWord(conclusion));
    }
}
