/**
 * The tamper-evident audit log: {@link dev.gantry.server.audit.AuditLog} records who did what to what
 * ({@link dev.gantry.server.audit.AuditAction}, a closed set; a {@link dev.gantry.server.audit.Subject}; details as
 * canonical JSON, never a secret's value), and {@link dev.gantry.server.audit.AuditChain} verifies the hash chain.
 *
 * <p>Each record's hash is the SHA-256 of its predecessor's hash and its own fields (the input is defined by
 * {@link dev.gantry.server.store.AuditRecord#seal}; the first record follows a genesis hash of 64 zeros). Appends
 * never fork the chain: {@link dev.gantry.server.store.AuditStore} locks the one-row {@code audit_head} table with
 * {@code SELECT … FOR UPDATE} in the same transaction that inserts the record and moves the head, on H2 and
 * PostgreSQL alike, and the sequence is the primary key, so a second writer waits and then extends the first.
 *
 * <p>Where records are written. Today every hook records right after the change it describes has committed, in a
 * transaction of its own ({@link dev.gantry.server.audit.AuditLog#record(String, AuditAction, Subject,
 * java.util.Map)}): the stores commit inside their own methods, and threading an audit record through each of them
 * would change every store's signature. A failure between the change and its record leaves the change without a
 * record (and the caller sees the store failure); it never leaves a record of a change that did not happen. Code
 * that owns its transaction records in it with
 * {@link dev.gantry.server.audit.AuditLog#record(dev.gantry.server.store.Transaction, String, AuditAction, Subject,
 * java.util.Map)}, so both commit or neither.
 *
 * <p>This package reads and writes only through {@code dev.gantry.server.store} (no SQL here); it must not import
 * the HTTP layer, {@code dev.gantry.server.boot}, {@code dev.gantry.runner} or {@code dev.gantry.cli}.
 */
package dev.gantry.server.audit;
