package dev.gantry.server.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remote agents and their one-time registration tokens. Both kinds of token are long random secrets kept only as
 * SHA-256 hashes (as {@link TokenStore} keeps API tokens). A registration token is spent by the registration that
 * uses it, atomically: two agents racing with one token, one registers. Thread-safe; each method is one transaction.
 */
public final class AgentStore {

    private static final String COLUMNS = "id, name, labels, capacity, registered_at, last_seen_at";

    private final Database db;

    public AgentStore(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #register}. */
    public sealed interface Registration {
        record Registered(RegisteredAgent agent) implements Registration {}

        /** The registration token is unknown, spent or expired. */
        record Refused() implements Registration {}
    }

    /** Stores a registration token valid for {@code validFor}; returns when it expires. */
    public Instant issueRegistrationToken(String token, Duration validFor) {
        Instant now = db.now();
        Instant expires = now.plus(validFor);
        db.transaction(tx -> tx.update("INSERT INTO registration_tokens (token_hash, created_at, expires_at) "
                + "VALUES (?, ?, ?)", TokenStore.hash(token), now, expires));
        return expires;
    }

    /**
     * Spends {@code registrationToken} and stores a new agent that authenticates with {@code agentToken}; refused
     * (nothing stored) when the registration token is unknown, spent or expired.
     */
    public Registration register(String registrationToken, String name, List<String> labels, int capacity,
                                 String agentToken) {
        return db.transaction(tx -> {
            Instant now = db.now();
            String id = "agent-" + tx.nextValue("agent_numbers");
            int spent = tx.update("UPDATE registration_tokens SET used_at = ?, agent_id = ? WHERE token_hash = ? "
                    + "AND used_at IS NULL AND expires_at > ?", now, id, TokenStore.hash(registrationToken), now);
            if (spent == 0) {
                return new Registration.Refused();
            }
            tx.update("INSERT INTO agents (id, name, labels, capacity, token_hash, registered_at, last_seen_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, name, Columns.json(labels), capacity,
                    TokenStore.hash(agentToken), now, now);
            return new Registration.Registered(find(tx, id).orElseThrow());
        });
    }

    /** The agent {@code agentToken} belongs to, marked as seen now; empty for an unknown token. */
    public Optional<RegisteredAgent> authenticate(String agentToken) {
        String hash = TokenStore.hash(agentToken);
        return db.transaction(tx -> {
            if (tx.update("UPDATE agents SET last_seen_at = ? WHERE token_hash = ?", db.now(), hash) == 0) {
                return Optional.empty();
            }
            return tx.first("SELECT " + COLUMNS + " FROM agents WHERE token_hash = ?", AgentStore::read, hash);
        });
    }

    /** Every registered agent, oldest first. */
    public List<RegisteredAgent> list() {
        return db.transaction(tx -> tx.list("SELECT " + COLUMNS + " FROM agents ORDER BY registered_at, id",
                AgentStore::read));
    }

    /** How many jobs each holder (agent id) holds now; holders with none are absent. */
    public Map<String, Integer> heldJobs() {
        return db.transaction(tx -> {
            Map<String, Integer> out = new HashMap<>();
            tx.list("SELECT agent_id, COUNT(*) AS held FROM jobs WHERE agent_id IS NOT NULL GROUP BY agent_id",
                    row -> out.put(row.string("agent_id"), (int) row.longValue("held")));
            return Map.copyOf(out);
        });
    }

    /** Now, as the store records times (for deciding who is online). */
    public Instant now() {
        return db.now();
    }

    private static Optional<RegisteredAgent> find(Transaction tx, String id) throws SQLException {
        return tx.first("SELECT " + COLUMNS + " FROM agents WHERE id = ?", AgentStore::read, id);
    }

    private static RegisteredAgent read(Row row) throws SQLException {
        return new RegisteredAgent(row.string("id"), row.string("name"), Columns.stringList(row, "labels"),
                row.intValue("capacity"), row.instant("registered_at"), row.instant("last_seen_at"));
    }
}
