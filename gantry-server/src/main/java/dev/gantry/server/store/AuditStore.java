package dev.gantry.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit log's rows: appends that extend the hash chain, and reads for queries and verification. Appends are
 * serialized by a row lock on the one-row {@code audit_head} table ({@code SELECT … FOR UPDATE}), taken in the
 * transaction that inserts the record and moves the head, on H2 and PostgreSQL alike: a second writer waits for the
 * first to commit (or roll back) and then reads the head it left, so two records never share a predecessor.
 * Thread-safe; blocks on the database.
 */
public final class AuditStore {

    private static final String COLUMNS = "sequence, recorded_at, actor, action, subject, details, previous_hash, hash";

    private final Database db;

    public AuditStore(Database db) {
        this.db = db;
    }

    /** The newest record's sequence and hash as the head row holds them (0 and the genesis hash when empty). */
    public record Head(long sequence, String hash) {
        public Head {
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** One page of a query and how many records match in all. */
    public record Page(long totalCount, List<AuditRecord> records) {
        public Page {
            records = List.copyOf(records);
        }
    }

    /** Appends {@code entry} in a transaction of its own, committed before it returns. */
    public AuditRecord append(AuditEntry entry) {
        return db.transaction(tx -> append(tx, entry));
    }

    /**
     * Appends {@code entry} in the caller's transaction {@code tx}, so the record commits or rolls back with the
     * change it describes. The head stays locked until {@code tx} ends: keep the rest of the transaction short.
     */
    public AuditRecord append(Transaction tx, AuditEntry entry) throws SQLException {
        Head head = tx.first("SELECT sequence, hash FROM audit_head WHERE id = 1 FOR UPDATE",
                row -> new Head(row.longValue("sequence"), row.string("hash")))
                .orElseThrow(() -> new SQLException("the audit_head row is missing"));
        long sequence = head.sequence() + 1;
        Instant now = db.now();
        String hash = AuditRecord.seal(head.hash(), sequence, now, entry.actor(), entry.action(), entry.subject(),
                entry.details());
        tx.update("INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sequence, now,
                entry.actor(), entry.action(), entry.subject(), entry.details(), head.hash(), hash);
        tx.update("UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1", sequence, hash);
        return new AuditRecord(sequence, now, entry.actor(), entry.action(), entry.subject(), entry.details(),
                head.hash(), hash);
    }

    /** The head row. */
    public Head head() {
        return db.transaction(tx -> tx.first("SELECT sequence, hash FROM audit_head WHERE id = 1",
                row -> new Head(row.longValue("sequence"), row.string("hash"))))
                .orElse(new Head(0, AuditRecord.GENESIS));
    }

    /** Up to {@code limit} records with a sequence above {@code after}, in sequence order: for walking the chain. */
    public List<AuditRecord> after(long after, int limit) {
        return db.transaction(tx -> tx.list("SELECT " + COLUMNS + " FROM audit_log WHERE sequence > ? "
                + "ORDER BY sequence LIMIT " + Math.max(1, limit), AuditStore::read, after));
    }

    /** The records {@code query} selects, oldest first, and how many match in all. */
    public Page query(AuditQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        query.actor().ifPresent(actor -> {
            where.add("actor = ?");
            args.add(actor);
        });
        query.action().ifPresent(action -> {
            where.add("action = ?");
            args.add(action);
        });
        query.subject().ifPresent(subject -> {
            if (subject.endsWith("*")) {
                where.add("subject LIKE ? ESCAPE '\\'");
                args.add(subject.substring(0, subject.length() - 1).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
            } else {
                where.add("subject = ?");
                args.add(subject);
            }
        });
        query.since().ifPresent(since -> {
            where.add("recorded_at >= ?");
            args.add(since);
        });
        query.until().ifPresent(until -> {
            where.add("recorded_at < ?");
            args.add(until);
        });
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long offset = (long) (query.page() - 1) * query.perPage();
        Object[] bound = args.toArray();
        return db.transaction(tx -> new Page(
                tx.first("SELECT COUNT(*) AS n FROM audit_log" + filter, row -> row.longValue("n"), bound).orElse(0L),
                tx.list("SELECT " + COLUMNS + " FROM audit_log" + filter + " ORDER BY sequence LIMIT "
                        + query.perPage() + " OFFSET " + offset, AuditStore::read, bound)));
    }

    private static AuditRecord read(Row row) throws SQLException {
        return new AuditRecord(row.longValue("sequence"), row.instant("recorded_at"), row.string("actor"),
                row.string("action"), row.string("subject"), row.string("details"), row.string("previous_hash"),
                row.string("hash"));
    }
}
