package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The journal of pushes whose runs are not stored yet: written before the refs move, cleared once the runs exist.
 * Thread-safe; one transaction each.
 */
public final class PendingPushStore {

    private final Database db;

    public PendingPushStore(Database db) {
        this.db = db;
    }

    /** A ref update recorded before it was made. */
    public record Pending(long id, RepositoryId repository, String ref, String before, String after, String pusher,
                          Instant receivedAt) {
        public Pending {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(pusher, "pusher");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** A ref update about to be made. */
    public record Update(String ref, String before, String after) {}

    /** Records the updates of one push, in one transaction; returns their ids. */
    public List<Long> record(RepositoryId repository, List<Update> updates, String pusher) {
        return db.transaction(tx -> {
            Instant now = db.now();
            List<Long> ids = new ArrayList<>();
            for (Update update : updates) {
                ids.add(tx.insert("INSERT INTO pending_pushes (repository_id, ref, before_sha, after_sha, pusher, "
                        + "received_at) VALUES (?, ?, ?, ?, ?, ?)", repository.value(), update.ref(), update.before(),
                        update.after(), pusher, now));
            }
            return ids;
        });
    }

    /** Forgets updates whose runs are stored (or that were never made). */
    public void clear(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.transaction(tx -> {
            for (long id : ids) {
                tx.update("DELETE FROM pending_pushes WHERE id = ?", id);
            }
            return null;
        });
    }

    /** Every recorded update, oldest first. */
    public List<Pending> all() {
        return db.transaction(tx -> tx.list("SELECT id, repository_id, ref, before_sha, after_sha, pusher, "
                + "received_at FROM pending_pushes ORDER BY id", row -> new Pending(row.longValue("id"),
                new RepositoryId(row.longValue("repository_id")), row.string("ref"), row.string("before_sha"),
                row.string("after_sha"), row.string("pusher"), row.instant("received_at"))));
    }
}
