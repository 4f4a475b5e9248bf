package dev.gantry.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One record of the audit log as stored. {@code hash} seals it: the SHA-256, in lower-case hex, of the UTF-8 bytes
 * of {@code previousHash}, {@code sequence}, {@link #timeText() the time}, {@code actor}, {@code action},
 * {@code subject} and {@code details}, joined by one newline each ({@link #seal}). The first record's previous hash
 * is {@link #GENESIS}. No field holds a newline except, escaped, inside the details' JSON strings, so the input
 * cannot be read two ways.
 */
public record AuditRecord(long sequence, Instant time, String actor, String action, String subject, String details,
                          String previousHash, String hash) {

    /** The previous hash of the first record: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The time as it is sealed and shown: UTC, always six fractional digits ({@code 2025-01-31T09:15:02.123456Z}). */
    public String timeText() {
        return TIME.format(time);
    }

    /** The hash these fields should have: what {@code hash} holds unless the record was altered. */
    public String expectedHash() {
        return seal(previousHash, sequence, time, actor, action, subject, details);
    }

    /** The SHA-256 over a record's fields and its predecessor's hash, as described above. */
    public static String seal(String previousHash, long sequence, Instant time, String actor, String action,
                              String subject, String details) {
        String input = String.join("\n", previousHash, Long.toString(sequence), TIME.format(time), actor, action,
                subject, details);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
