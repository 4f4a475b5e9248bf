package dev.gantry.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens, stored as SHA-256 hashes. Tokens are long random secrets, so a fast hash is enough to make a leaked
 * database useless for logging in (slow password KDFs are for human-chosen passwords). Thread-safe.
 */
public final class TokenStore {

    private final Database db;

    public TokenStore(Database db) {
        this.db = db;
    }

    /** Stores the hash of {@code token} under {@code name}; empty when that token is already stored. */
    public Optional<ApiToken> add(String name, String token) {
        String hash = hash(token);
        return db.transaction(tx -> tx.insertUnlessDuplicate(
                        "INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?)", name, hash, db.now())
                ? find(tx, hash) : Optional.empty());
    }

    /** The stored token that {@code token} is, if any. */
    public Optional<ApiToken> verify(String token) {
        String hash = hash(token);
        return db.transaction(tx -> find(tx, hash));
    }

    /** Every stored token (names and dates; there is nothing secret to list). */
    public List<ApiToken> list() {
        return db.transaction(tx -> tx.list("SELECT id, name, created_at FROM api_tokens ORDER BY id", TokenStore::read));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<ApiToken> find(Transaction tx, String hash) throws SQLException {
        return tx.first("SELECT id, name, created_at FROM api_tokens WHERE token_hash = ?", TokenStore::read, hash);
    }

    private static ApiToken read(Row row) throws SQLException {
        return new ApiToken(row.longValue("id"), row.string("name"), row.instant("created_at"));
    }
}
