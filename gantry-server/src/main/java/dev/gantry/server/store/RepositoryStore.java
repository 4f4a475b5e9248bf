package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The registered repositories. Thread-safe; each method is one transaction (see the package contract). */
public final class RepositoryStore {

    /** The longest webhook secret accepted, in characters (the column's size). */
    public static final int MAX_WEBHOOK_SECRET = 1000;

    private static final String COLUMNS = "id, owner, name, source, url, default_branch, created_at";

    private final Database db;

    public RepositoryStore(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #create}. */
    public sealed interface Creation {
        record Created(Repository repository) implements Creation {}

        record AlreadyExists(Repository existing) implements Creation {}
    }

    /** Registers a repository, unless one with that owner and name exists. */
    public Creation create(NewRepository repo) {
        return create(repo, Optional.empty());
    }

    /**
     * Registers a repository with the secret its webhook deliveries are signed with, unless one with that owner
     * and name exists (which keeps its own secret).
     */
    public Creation create(NewRepository repo, Optional<String> webhookSecret) {
        return db.transaction(tx -> {
            String url = repo.source() instanceof Repository.Source.Remote r ? r.url() : null;
            boolean inserted = tx.insertUnlessDuplicate(
                    "INSERT INTO repositories (owner, name, source, url, default_branch, created_at, webhook_secret) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    repo.owner(), repo.name(), repo.source().kind(), url, repo.defaultBranch(), db.now(),
                    webhookSecret);
            Repository stored = find(tx, repo.owner(), repo.name()).orElseThrow();
            return inserted ? new Creation.Created(stored) : new Creation.AlreadyExists(stored);
        });
    }

    public Optional<Repository> find(String owner, String name) {
        return db.transaction(tx -> find(tx, owner, name));
    }

    public Optional<Repository> find(RepositoryId id) {
        return db.transaction(tx -> tx.first("SELECT " + COLUMNS + " FROM repositories WHERE id = ?",
                RepositoryStore::read, id.value()));
    }

    /**
     * The secret the repository's webhook deliveries are signed with: stored as given (it is the HMAC key, so it
     * must be recoverable). Empty when none is set or the repository is unknown.
     */
    public Optional<String> webhookSecret(RepositoryId id) {
        return db.transaction(tx -> tx.first("SELECT webhook_secret FROM repositories WHERE id = ?",
                row -> row.optionalString("webhook_secret"), id.value())).flatMap(secret -> secret);
    }

    /** Sets (replaces) the repository's webhook secret; false for an unknown repository. */
    public boolean setWebhookSecret(RepositoryId id, String secret) {
        java.util.Objects.requireNonNull(secret, "secret");
        return db.transaction(tx -> tx.update("UPDATE repositories SET webhook_secret = ? WHERE id = ?", secret,
                id.value()) == 1);
    }

    /** Every repository, by owner and name. */
    public List<Repository> list() {
        return db.transaction(tx -> tx.list("SELECT " + COLUMNS + " FROM repositories ORDER BY owner, name",
                RepositoryStore::read));
    }

    private static Optional<Repository> find(Transaction tx, String owner, String name) throws SQLException {
        return tx.first("SELECT " + COLUMNS + " FROM repositories WHERE owner = ? AND name = ?",
                RepositoryStore::read, owner, name);
    }

    private static Repository read(Row row) throws SQLException {
        Repository.Source source = switch (row.string("source")) {
            case "hosted" -> new Repository.Source.Hosted();
            case "url" -> new Repository.Source.Remote(row.optionalString("url").orElse(""));
            default -> throw new SQLException("unknown repository source \"" + row.string("source") + "\"");
        };
        return new Repository(new RepositoryId(row.longValue("id")), row.string("owner"), row.string("name"),
                source, row.string("default_branch"), row.instant("created_at"));
    }
}
