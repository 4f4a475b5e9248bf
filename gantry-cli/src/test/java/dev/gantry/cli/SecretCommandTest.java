package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.store.Ids.RepositoryId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry secret set|list|delete} in-process against a real server on loopback. */
class SecretCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private ClientServer server;
    private RepositoryId web;

    @BeforeEach
    void start() throws Exception {
        server = new ClientServer(dataDir);
        web = server.repository("acme", "web");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void set_from_standard_input_drops_one_trailing_line_end_and_body_is_sent_as_given() throws Exception {
        CommandRun created = withInput("s3cr3t\n", "secret", "set", "deploy_token", "--repo", "acme/web");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("✓ Created secret DEPLOY_TOKEN for acme/web.\n");
        assertThat(values("${{ secrets.DEPLOY_TOKEN }}")).isEqualTo(Map.of("DEPLOY_TOKEN", "s3cr3t"));

        CommandRun pem = withInput("-----BEGIN KEY-----\nabc\n-----END KEY-----\n\n", "secret", "set", "KEY", "-R",
                "acme/web");
        assertThat(pem.exitCode()).as(pem.err()).isZero();
        assertThat(values("${{ secrets.KEY }}").get("KEY")).isEqualTo("-----BEGIN KEY-----\nabc\n-----END KEY-----\n");

        CommandRun updated = server.gantry("secret", "set", "DEPLOY_TOKEN", "--repo", "acme/web", "--body", " spaced \n");
        assertThat(updated.out()).isEqualTo("✓ Updated secret DEPLOY_TOKEN for acme/web.\n");
        assertThat(values("${{ secrets.DEPLOY_TOKEN }}").get("DEPLOY_TOKEN")).isEqualTo(" spaced \n");
    }

    @Test
    void list_prints_names_and_ages_or_json_and_delete_removes() throws Exception {
        assertThat(server.gantry("secret", "list", "--repo", "acme/web").out())
                .isEqualTo("No secrets in acme/web: set one with gantry secret set NAME --repo acme/web.\n");
        server.gantry("secret", "set", "B_TOKEN", "--repo", "acme/web", "--body", "value-b");
        server.gantry("secret", "set", "A_TOKEN", "--repo", "acme/web", "--body", "value-a");

        CommandRun table = server.gantry("secret", "list", "--repo", "acme/web");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines().toList()).satisfiesExactly(
                header -> assertThat(header).matches("NAME +UPDATED"),
                a -> assertThat(a).matches("A_TOKEN +less than a minute ago"),
                b -> assertThat(b).matches("B_TOKEN +less than a minute ago"));
        assertThat(table.out()).doesNotContain("value-");

        JsonNode json = JSON.readTree(server.gantry("secret", "list", "--repo", "acme/web", "--json").out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("name").asText()).isEqualTo("A_TOKEN");
        assertThat(json.get(0).has("created_at")).isTrue();
        assertThat(json.get(0).has("updated_at")).isTrue();

        CommandRun deleted = server.gantry("secret", "delete", "a_token", "--repo", "acme/web");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).isEqualTo("✓ Deleted secret A_TOKEN from acme/web.\n");
        CommandRun again = server.gantry("secret", "delete", "A_TOKEN", "--repo", "acme/web");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("gantry secret delete: No secret A_TOKEN in acme/web.\n");
    }

    @Test
    void bad_input_is_one_sentence_and_an_exit_code() {
        CommandRun badName = server.gantry("secret", "set", "1X", "--repo", "acme/web", "--body", "v");
        assertThat(badName.exitCode()).isEqualTo(1);
        assertThat(badName.err()).isEqualTo("gantry secret set: Invalid secret name \"1X\": it must not start with a "
                + "digit.\n");
        CommandRun noValue = withInput("", "secret", "set", "X", "--repo", "acme/web");
        assertThat(noValue.exitCode()).isEqualTo(2);
        assertThat(noValue.err()).isEqualTo("gantry secret set: no value for secret X: pass --body VALUE or give it "
                + "on standard input.\n");
        CommandRun unknownRepo = server.gantry("secret", "list", "--repo", "acme/nope");
        assertThat(unknownRepo.exitCode()).isEqualTo(1);
        assertThat(unknownRepo.err()).isEqualTo("gantry secret list: No repository acme/nope.\n");
        CommandRun noRepo = server.gantry("secret", "list");
        assertThat(noRepo.exitCode()).isEqualTo(2);
        assertThat(noRepo.err()).contains("--repo");
        CommandRun badRepo = server.gantry("secret", "list", "--repo", "nope");
        assertThat(badRepo.exitCode()).isEqualTo(2);
        assertThat(badRepo.err()).isEqualTo("gantry secret list: the repository \"nope\" is not OWNER/NAME.\n");
    }

    private Map<String, String> values(String workflow) throws Exception {
        return RepositorySecrets.of(server.db, dataDir).forWorkflow(web, workflow);
    }

    private CommandRun withInput(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.url(), "--token", ClientServer.TOKEN));
        return CommandRun.withInput(stdin, all.toArray(String[]::new));
    }
}
