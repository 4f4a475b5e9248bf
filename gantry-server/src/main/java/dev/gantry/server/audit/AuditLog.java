package dev.gantry.server.audit;

import dev.gantry.server.store.AuditEntry;
import dev.gantry.server.store.AuditRecord;
import dev.gantry.server.store.AuditStore;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Transaction;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where the server records what happened: one call per event, {@code audit.record(actor, action, subject,
 * details)}. Thread-safe; each call blocks until the record is committed (its own transaction), or joins the
 * caller's transaction with {@link #record(Transaction, String, AuditAction, Subject, Map)}. A database failure is
 * a {@link dev.gantry.server.store.StoreFailure} for the caller, as for any store: an event is never silently
 * left unrecorded.
 */
public final class AuditLog {

    /** The actor of what the server does by itself (reaping leases, generating the admin token). */
    public static final String SERVER = "gantry";

    private final AuditStore store;

    public AuditLog(Database db) {
        this.store = new AuditStore(db);
    }

    /** Appends a record in a transaction of its own, right after the change it describes was committed. */
    public AuditRecord record(String actor, AuditAction action, Subject subject, Map<String, ?> details) {
        return store.append(entry(actor, action, subject, details));
    }

    /** Appends a record in {@code tx}, the transaction of the change it describes: both commit, or neither. */
    public AuditRecord record(Transaction tx, String actor, AuditAction action, Subject subject,
                              Map<String, ?> details) throws SQLException {
        return store.append(tx, entry(actor, action, subject, details));
    }

    private static AuditEntry entry(String actor, AuditAction action, Subject subject, Map<String, ?> details) {
        return new AuditEntry(actor.isBlank() ? SERVER : actor, action.wireName(), subject.value(),
                AuditDetails.canonical(details));
    }
}
