package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The secrets of repositories, sealed by the caller before they get here (see {@code dev.gantry.server.secret}):
 * this store keeps names, nonces and ciphertexts, never a value in the clear. Names are stored as given; the
 * caller makes them upper-case. Thread-safe; each method is one transaction (see the package contract).
 */
public final class SecretStore {

    private final Database db;

    public SecretStore(Database db) {
        this.db = db;
    }

    /** The outcome of {@link #put}. */
    public sealed interface Put {
        record Created(SecretEntry entry) implements Put {}

        record Updated(SecretEntry entry) implements Put {}

        record UnknownRepository() implements Put {}
    }

    /** Stores the secret, or replaces the value of the one with its name (keeping when it was created). */
    public Put put(RepositoryId repository, SealedSecret secret) {
        return db.transaction(tx -> {
            if (tx.first("SELECT id FROM repositories WHERE id = ?", row -> row.longValue("id"),
                    repository.value()).isEmpty()) {
                return new Put.UnknownRepository();
            }
            var now = db.now();
            int updated = tx.update("UPDATE secrets SET ciphertext = ?, nonce = ?, updated_at = ? "
                    + "WHERE repository_id = ? AND name = ?", secret.ciphertext(), secret.nonce(), now,
                    repository.value(), secret.name());
            if (updated == 1) {
                return new Put.Updated(find(tx, repository, secret.name()).orElseThrow());
            }
            if (tx.insertUnlessDuplicate("INSERT INTO secrets (repository_id, name, ciphertext, nonce, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?)", repository.value(), secret.name(), secret.ciphertext(),
                    secret.nonce(), now, now)) {
                return new Put.Created(find(tx, repository, secret.name()).orElseThrow());
            }
            // Inserted by a concurrent put since the update above: that one created it, this one sets it.
            tx.update("UPDATE secrets SET ciphertext = ?, nonce = ?, updated_at = ? WHERE repository_id = ? "
                    + "AND name = ?", secret.ciphertext(), secret.nonce(), now, repository.value(), secret.name());
            return new Put.Updated(find(tx, repository, secret.name()).orElseThrow());
        });
    }

    /** Deletes the secret; false when the repository has none by that name. */
    public boolean delete(RepositoryId repository, String name) {
        return db.transaction(tx -> tx.update("DELETE FROM secrets WHERE repository_id = ? AND name = ?",
                repository.value(), name) == 1);
    }

    /** The repository's secret by that name, without its value. */
    public Optional<SecretEntry> find(RepositoryId repository, String name) {
        return db.transaction(tx -> find(tx, repository, name));
    }

    /** The repository's secrets by name, without their values. */
    public List<SecretEntry> list(RepositoryId repository) {
        return db.transaction(tx -> tx.list("SELECT name, created_at, updated_at FROM secrets "
                + "WHERE repository_id = ? ORDER BY name", SecretStore::entry, repository.value()));
    }

    /** The sealed values of the repository's secrets, by name. */
    public List<SealedSecret> sealed(RepositoryId repository) {
        return db.transaction(tx -> tx.list("SELECT name, nonce, ciphertext FROM secrets WHERE repository_id = ? "
                + "ORDER BY name", row -> new SealedSecret(row.string("name"), row.bytes("nonce"),
                row.bytes("ciphertext")), repository.value()));
    }

    private static Optional<SecretEntry> find(Transaction tx, RepositoryId repository, String name)
            throws SQLException {
        return tx.first("SELECT name, created_at, updated_at FROM secrets WHERE repository_id = ? AND name = ?",
                SecretStore::entry, repository.value(), name);
    }

    private static SecretEntry entry(Row row) throws SQLException {
        return new SecretEntry(row.string("name"), row.instant("created_at"), row.instant("updated_at"));
    }
}
