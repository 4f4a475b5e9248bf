package dev.gantry.server.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.SecretEntry;
import dev.gantry.server.store.SecretStore;
import dev.gantry.server.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository secrets on a real database, with the key in a real file: set, replaced, listed without values,
 * deleted; sealed in the database (no value in any column); resolved only as a workflow refers to them; and a
 * lost, replaced or damaged key, or a moved row, failing with a sentence naming the key file. Run on each database.
 */
abstract class SecretsSuite {

    @TempDir
    Path dir;

    private Database db;
    private RepositorySecrets secrets;
    private RepositoryId shop;
    private RepositoryId web;

    abstract StoreLocation location(Path dir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(location(dir));
        shop = create("shop");
        web = create("web");
        secrets = RepositorySecrets.of(db, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_secret_is_created_then_updated_listed_without_its_value_and_deleted() throws Exception {
        assertThat(secrets.put(shop, SecretName.of("deploy_token"), "s3cr3t"))
                .isInstanceOf(SecretStore.Put.Created.class);
        assertThat(secrets.put(shop, SecretName.of("Deploy_Token"), "n3w")).isInstanceOf(SecretStore.Put.Updated.class);
        secrets.put(shop, SecretName.of("API_KEY"), "k");
        secrets.put(web, SecretName.of("OTHER"), "o");

        List<SecretEntry> listed = secrets.list(shop);
        assertThat(listed).extracting(SecretEntry::name).containsExactly("API_KEY", "DEPLOY_TOKEN");
        SecretEntry token = secrets.find(shop, SecretName.of("deploy_TOKEN")).orElseThrow();
        assertThat(token.updatedAt()).isAfterOrEqualTo(token.createdAt());
        assertThat(secrets.forWorkflow(shop, "run: ${{ secrets.DEPLOY_TOKEN }}")).containsEntry("DEPLOY_TOKEN", "n3w");

        assertThat(secrets.delete(shop, SecretName.of("DEPLOY_TOKEN"))).isTrue();
        assertThat(secrets.delete(shop, SecretName.of("DEPLOY_TOKEN"))).isFalse();
        assertThat(secrets.list(shop)).extracting(SecretEntry::name).containsExactly("API_KEY");
        assertThat(secrets.list(web)).extracting(SecretEntry::name).containsExactly("OTHER");
        assertThat(secrets.put(new RepositoryId(9999), SecretName.of("X"), "x"))
                .isInstanceOf(SecretStore.Put.UnknownRepository.class);
    }

    @Test
    void the_database_holds_ciphertext_and_the_key_is_an_owner_only_file_outside_it() throws Exception {
        String value = "correct horse battery staple";
        secrets.put(shop, SecretName.of("PASSWORD"), value);
        secrets.put(web, SecretName.of("PASSWORD"), value);

        List<byte[]> stored = db.transaction(tx -> tx.list("SELECT * FROM secrets", row -> row.bytes("ciphertext")));
        assertThat(stored).hasSize(2);
        for (byte[] ciphertext : stored) {
            assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain(value);
            assertThat(ciphertext).hasSize(value.length() + 16);
        }
        assertThat(stored.get(0)).isNotEqualTo(stored.get(1));
        String everyColumn = db.transaction(tx -> tx.list("SELECT name, CAST(nonce AS VARCHAR) AS n, "
                + "CAST(ciphertext AS VARCHAR) AS c FROM secrets", row -> row.string("name") + row.string("n")
                + row.string("c"))).toString();
        assertThat(everyColumn).doesNotContain(value);

        Path key = dir.resolve("keys/secrets.key");
        assertThat(secrets.keyFile()).isEqualTo(key.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(key)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                .isEqualTo("rwx------");

        var reopened = RepositorySecrets.of(db, dir);
        assertThat(reopened.forWorkflow(web, "${{ secrets.password }}")).isEqualTo(Map.of("PASSWORD", value));
    }

    @Test
    void a_workflow_gets_only_the_secrets_it_refers_to_or_all_when_it_inherits() throws Exception {
        secrets.put(shop, SecretName.of("DEPLOY_TOKEN"), "d");
        secrets.put(shop, SecretName.of("NPM_TOKEN"), "n");
        secrets.put(shop, SecretName.of("UNUSED"), "u");

        assertThat(secrets.forWorkflow(shop, """
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: deploy --token "${{ secrets.deploy_token }}"
                        if: secrets['NPM_TOKEN'] != ''
                      - run: echo "${{ secrets.MISSING }}"
                """)).isEqualTo(Map.of("DEPLOY_TOKEN", "d", "NPM_TOKEN", "n"));
        assertThat(secrets.forWorkflow(shop, "steps:\n  - run: echo no secrets at all\n")).isEmpty();
        assertThat(secrets.forWorkflow(shop, """
                jobs:
                  call:
                    uses: ./.github/workflows/deploy.yml
                    secrets: inherit
                """)).isEqualTo(Map.of("DEPLOY_TOKEN", "d", "NPM_TOKEN", "n", "UNUSED", "u"));
        assertThat(secrets.forWorkflow(web, "${{ secrets.DEPLOY_TOKEN }}")).isEmpty();
    }

    @Test
    void a_lost_key_fails_clearly_and_setting_the_secret_again_fixes_it() throws Exception {
        secrets.put(shop, SecretName.of("DEPLOY_TOKEN"), "d");
        secrets.put(shop, SecretName.of("OTHER"), "o");
        Path key = dir.resolve("keys/secrets.key");
        Files.delete(key);

        var restarted = RepositorySecrets.of(db, dir);
        assertThat(restarted.forWorkflow(shop, "no references")).isEmpty();
        assertThatThrownBy(() -> restarted.forWorkflow(shop, "${{ secrets.DEPLOY_TOKEN }}"))
                .isInstanceOf(SecretKeyException.class)
                .hasMessage("The secrets key file " + key.toAbsolutePath() + " is missing, so secret DEPLOY_TOKEN "
                        + "cannot be decrypted; set the secrets again (gantry secret set) to seal them with a new key.");

        restarted.put(shop, SecretName.of("DEPLOY_TOKEN"), "d2");
        assertThat(Files.exists(key)).isTrue();
        assertThat(restarted.forWorkflow(shop, "${{ secrets.DEPLOY_TOKEN }}")).isEqualTo(Map.of("DEPLOY_TOKEN", "d2"));
        assertThatThrownBy(() -> restarted.forWorkflow(shop, "${{ secrets.OTHER }}"))
                .isInstanceOf(SecretKeyException.class)
                .hasMessage("Secret OTHER cannot be decrypted with the key in " + key.toAbsolutePath()
                        + " (the key it was sealed with was lost or replaced); set it again (gantry secret set).");
    }

    @Test
    void a_wrong_or_damaged_key_or_a_moved_row_fails_clearly() throws Exception {
        secrets.put(shop, SecretName.of("DEPLOY_TOKEN"), "d");
        Path key = dir.resolve("keys/secrets.key");

        Files.write(key, new byte[32]);
        assertThatThrownBy(() -> RepositorySecrets.of(db, dir).forWorkflow(shop, "${{ secrets.DEPLOY_TOKEN }}"))
                .isInstanceOf(SecretKeyException.class)
                .hasMessageStartingWith("Secret DEPLOY_TOKEN cannot be decrypted with the key in " + key.toAbsolutePath());

        Files.write(key, new byte[7]);
        assertThatThrownBy(() -> RepositorySecrets.of(db, dir).forWorkflow(shop, "${{ secrets.DEPLOY_TOKEN }}"))
                .isInstanceOf(SecretKeyException.class)
                .hasMessage("The secrets key file " + key.toAbsolutePath() + " does not hold a key: it has 7 bytes, "
                        + "not 32.");
        assertThatThrownBy(() -> RepositorySecrets.of(db, dir).put(shop, SecretName.of("X"), "x"))
                .isInstanceOf(SecretKeyException.class).hasMessageContaining("does not hold a key");

        Files.delete(key);
        var fresh = RepositorySecrets.of(db, dir);
        fresh.put(shop, SecretName.of("DEPLOY_TOKEN"), "d");
        db.transaction(tx -> tx.update("UPDATE secrets SET repository_id = ? WHERE repository_id = ?", web.value(),
                shop.value()));
        assertThatThrownBy(() -> fresh.forWorkflow(web, "${{ secrets.DEPLOY_TOKEN }}"))
                .isInstanceOf(SecretKeyException.class).hasMessageStartingWith("Secret DEPLOY_TOKEN cannot be decrypted");
    }

    @Test
    void values_are_refused_when_empty_or_above_48_KiB() throws Exception {
        assertThatThrownBy(() -> secrets.put(shop, SecretName.of("EMPTY"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the value of secret EMPTY is empty");
        assertThatThrownBy(() -> secrets.put(shop, SecretName.of("BIG"), "é".repeat(24 * 1024 + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value of secret BIG has 49154 bytes; the limit is 49152 (48 KiB)");
        secrets.put(shop, SecretName.of("FULL"), "x".repeat(48 * 1024));
        assertThat(secrets.forWorkflow(shop, "secrets.FULL").get("FULL")).hasSize(48 * 1024);
        assertThat(secrets.list(shop)).extracting(SecretEntry::name).containsExactly("FULL");
    }

    private RepositoryId create(String name) {
        return ((RepositoryStore.Creation.Created) new RepositoryStore(db)
                .create(new NewRepository("acme", name, new Repository.Source.Hosted(), "main"))).repository().id();
    }
}
