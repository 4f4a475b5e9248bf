package dev.gantry.server.store;

import dev.gantry.server.store.Ids.JobId;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The log of each job, kept as numbered chunks as they arrive (already masked by the agent). The agent numbers
 * its chunks from 0; a chunk sent again (a retried upload) is recognised and stored once; offsets count bytes
 * from the start of the job's log. Thread-safe; each method is one transaction.
 */
public final class LogStore {

    /** The largest chunk stored at once: 256 KiB. */
    public static final int MAX_CHUNK = 256 << 10;
    /** The most chunks one read looks at (so one read holds at most 16 MiB). */
    private static final int CHUNKS_PER_READ = 64;

    private final Database db;

    public LogStore(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #append}. */
    public sealed interface Append {
        /** Stored; the chunk's bytes start at {@code offset} of the log. */
        record Appended(long offset, int length) implements Append {}

        /** This chunk number is stored already; nothing changed. */
        record AlreadyStored() implements Append {}

        /** Chunks must arrive in order; this is the number expected next. */
        record OutOfOrder(long expected) implements Append {}

        record TooLarge(int length) implements Append {}

        record UnknownJob() implements Append {}
    }

    /** Bytes of a log from an offset, and the offset to read from next. */
    public record Slice(byte[] data, long nextOffset) {}

    /** Appends chunk number {@code sequence} (from 0) to a job's log. */
    public Append append(JobId job, long sequence, byte[] data) {
        if (data.length > MAX_CHUNK) {
            return new Append.TooLarge(data.length);
        }
        return db.transaction(tx -> {
            if (JobRows.find(tx, job).isEmpty()) {
                return new Append.UnknownJob();
            }
            record Tail(long next, long end) {}
            Tail tail = tx.first("SELECT sequence, start_offset, OCTET_LENGTH(data) AS length FROM log_chunks "
                            + "WHERE job_id = ? ORDER BY sequence DESC LIMIT 1",
                    row -> new Tail(row.longValue("sequence") + 1, row.longValue("start_offset") + row.longValue("length")),
                    job.value()).orElse(new Tail(0, 0));
            if (sequence < tail.next()) {
                return new Append.AlreadyStored();
            }
            if (sequence > tail.next()) {
                return new Append.OutOfOrder(tail.next());
            }
            boolean inserted = tx.insertUnlessDuplicate("INSERT INTO log_chunks (job_id, sequence, start_offset, data, "
                    + "created_at) VALUES (?, ?, ?, ?, ?)", job.value(), sequence, tail.end(), data, db.now());
            return inserted ? new Append.Appended(tail.end(), data.length) : new Append.AlreadyStored();
        });
    }

    /**
     * Up to about {@code maxBytes} of the log from {@code offset} (whole chunks, the first one cut at the
     * offset). Reading at the end, or for an unknown job, gives no bytes and the same offset.
     */
    public Slice read(JobId job, long offset, int maxBytes) {
        long from = Math.max(0, offset);
        record Chunk(long start, byte[] data) {}
        List<Chunk> chunks = db.transaction(tx -> tx.list("SELECT start_offset, data FROM log_chunks "
                        + "WHERE job_id = ? AND start_offset + OCTET_LENGTH(data) > ? ORDER BY sequence LIMIT ?",
                row -> new Chunk(row.longValue("start_offset"), row.bytes("data")),
                job.value(), from, CHUNKS_PER_READ));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long next = from;
        for (Chunk chunk : chunks) {
            if (out.size() >= maxBytes) {
                break;
            }
            int skip = (int) Math.max(0, next - chunk.start());
            out.write(chunk.data(), skip, chunk.data().length - skip);
            next = chunk.start() + chunk.data().length;
        }
        return new Slice(out.toByteArray(), next);
    }

    /** The length of a job's log in bytes; 0 for an unknown job. */
    public long size(JobId job) {
        return db.transaction(tx -> tx.first("SELECT start_offset + OCTET_LENGTH(data) AS size FROM log_chunks "
                        + "WHERE job_id = ? ORDER BY sequence DESC LIMIT 1", row -> row.longValue("size"), job.value()))
                .orElse(0L);
    }

    /** Retention: deletes the logs of jobs that completed before {@code cutoff}; returns the chunks deleted. */
    public int deleteCompletedBefore(Instant cutoff) {
        return db.transaction(tx -> tx.update("DELETE FROM log_chunks WHERE job_id IN "
                + "(SELECT id FROM jobs WHERE completed_at < ?)", cutoff));
    }

    /** Whether any chunk of the job's log is stored. */
    public boolean exists(JobId job) {
        return db.transaction(tx -> tx.first("SELECT 1 AS one FROM log_chunks WHERE job_id = ? LIMIT 1",
                row -> row.intValue("one"), job.value())).map(x -> true).orElse(false);
    }
}
