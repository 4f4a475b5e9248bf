package dev.gantry.server.secret;

import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.SealedSecret;
import dev.gantry.server.store.SecretEntry;
import dev.gantry.server.store.SecretStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The secrets of repositories: set (sealed with the key before they are stored), deleted and listed (names and
 * times only), and opened for a job — only those its workflow refers to ({@link SecretReferences}).
 *
 * <p>The key is read from its file on first need and kept; {@link #put} creates the file when there is none. A
 * value that does not open (the key file lost or replaced, the row changed) is a {@link SecretKeyException} saying
 * which secret, which file and what to do; setting the secret again fixes it. Thread-safe; every method blocks on
 * the database, and the first that needs the key on its file.
 */
public final class RepositorySecrets {

    /** The largest value accepted, in bytes of UTF-8: GitHub's limit, 48 KiB. */
    public static final int MAX_VALUE_BYTES = 48 * 1024;

    private final SecretStore store;
    private final SecretKeyFile keyFile;
    private final Object loading = new Object();
    private SecretCipher cipher;

    public RepositorySecrets(SecretStore store, SecretKeyFile keyFile) {
        this.store = store;
        this.keyFile = keyFile;
    }

    /** The secrets in {@code db}, sealed with the key in {@code dataDir}'s {@value SecretKeyFile#RELATIVE}. */
    public static RepositorySecrets of(Database db, Path dataDir) {
        return new RepositorySecrets(new SecretStore(db), SecretKeyFile.in(dataDir));
    }

    /** Where the key is kept. */
    public Path keyFile() {
        return keyFile.path();
    }

    /**
     * Sets the secret {@code name} of the repository to {@code value}: created, or its value replaced.
     *
     * @throws IllegalArgumentException when the value is empty or larger than {@link #MAX_VALUE_BYTES}
     * @throws SecretKeyException       when the key file cannot be read or created
     */
    public SecretStore.Put put(RepositoryId repository, SecretName name, String value) throws SecretKeyException {
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        if (plain.length == 0) {
            throw new IllegalArgumentException("the value of secret " + name + " is empty");
        }
        if (plain.length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("the value of secret " + name + " has " + plain.length
                    + " bytes; the limit is " + MAX_VALUE_BYTES + " (48 KiB)");
        }
        SecretCipher.Sealed sealed = cipher(true).orElseThrow().seal(plain, associatedData(repository, name.value()));
        return store.put(repository, new SealedSecret(name.value(), sealed.nonce(), sealed.ciphertext()));
    }

    /** Deletes the secret; false when the repository has none by that name. */
    public boolean delete(RepositoryId repository, SecretName name) {
        return store.delete(repository, name.value());
    }

    /** The repository's secrets by name: names and times, never values. */
    public List<SecretEntry> list(RepositoryId repository) {
        return store.list(repository);
    }

    /** The repository's secret by that name, without its value. */
    public Optional<SecretEntry> find(RepositoryId repository, SecretName name) {
        return store.find(repository, name.value());
    }

    /**
     * The values, by upper-case name, of the repository's secrets that {@code workflowText} refers to; every one of
     * them when it passes {@code secrets: inherit} or uses {@code secrets} whole. Secrets it names that do not
     * exist are left out, as on GitHub (the expression is then empty).
     *
     * @throws SecretKeyException when a referenced value cannot be opened: the sentence names the secret, the key
     *                            file, and says to set the secret again
     */
    public Map<String, String> forWorkflow(RepositoryId repository, String workflowText) throws SecretKeyException {
        SecretReferences references = SecretReferences.in(workflowText);
        if (references instanceof SecretReferences.Named named && named.names().isEmpty()) {
            return Map.of();
        }
        List<SealedSecret> wanted = store.sealed(repository).stream().filter(s -> references.includes(s.name()))
                .toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Optional<SecretCipher> opener = cipher(false);
        if (opener.isEmpty()) {
            throw new SecretKeyException("The secrets key file " + keyFile.path() + " is missing, so secret "
                    + wanted.getFirst().name() + " cannot be decrypted; set the secrets again (gantry secret set) "
                    + "to seal them with a new key.");
        }
        Map<String, String> values = new TreeMap<>();
        for (SealedSecret secret : wanted) {
            byte[] plain = opener.get().open(secret.nonce(), secret.ciphertext(),
                    associatedData(repository, secret.name())).orElseThrow(() -> new SecretKeyException(
                    "Secret " + secret.name() + " cannot be decrypted with the key in " + keyFile.path()
                            + " (the key it was sealed with was lost or replaced); set it again (gantry secret set)."));
            values.put(secret.name(), new String(plain, StandardCharsets.UTF_8));
        }
        return Map.copyOf(values);
    }

    /** The cipher over the key file's key; empty when there is no key file and {@code create} is false. */
    private Optional<SecretCipher> cipher(boolean create) throws SecretKeyException {
        synchronized (loading) {
            if (cipher == null) {
                Optional<byte[]> key = create ? Optional.of(keyFile.readOrCreate()) : keyFile.read();
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                cipher = new SecretCipher(key.get());
            }
            return Optional.of(cipher);
        }
    }

    /** What a sealed value is bound to: which secret of which repository, so it opens in its own row only. */
    private static byte[] associatedData(RepositoryId repository, String name) {
        return ("gantry secret v1\0repository " + repository.value() + "\0" + name).getBytes(StandardCharsets.UTF_8);
    }
}
