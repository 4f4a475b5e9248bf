package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.boot.GantryServer;
import dev.gantry.server.boot.ServerConfig;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry audit} end to end: a real server takes a git push and a cancel, the records they leave are exported
 * online, the chain verifies online and offline on the data folder, and after one row is altered directly in the
 * database the offline verify exits 1 naming that record.
 */
class AuditCommandTest {

    private static final String TOKEN = "audit-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aPushAndACancelLeaveTheirRecordsAndVerifyFindsAnAlteredRow() throws Exception {
        Path data = temp.resolve("data");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, data, Optional.empty(), Optional.of(TOKEN));
        try (GantryServer server = GantryServer.start(config, new PrintWriter(new StringWriter()))) {
            String[] online = {"--server", server.url(), "--token", TOKEN};
            assertThat(post(server, "/api/v1/repos", "{\"owner\":\"acme\",\"name\":\"shop\"}")).isEqualTo(201);
            Path work = temp.resolve("shop");
            Files.createDirectories(work.resolve(".github/workflows"));
            Files.writeString(work.resolve(".github/workflows/ci.yml"), "on: push\njobs:\n  build:\n"
                    + "    runs-on: linux\n    steps:\n      - run: echo hi\n");
            git(work, "init", "-q", "-b", "main");
            git(work, "add", "-A");
            git(work, "commit", "-q", "-m", "ci");
            String sha = git(work, "rev-parse", "HEAD").strip();
            git(work, "push", "-q", "http://x:" + TOKEN + "@127.0.0.1:" + server.port() + "/git/acme/shop.git", "main");
            long run = JSON.readTree(get(server, "/api/v1/runs")).get("workflow_runs").get(0).get("id").asLong();
            assertThat(CommandRun.of(concat(new String[] {"runs", "cancel", Long.toString(run)}, online)).exitCode())
                    .isEqualTo(0);

            CommandRun export = CommandRun.of(concat(new String[] {"audit", "export"}, online));
            assertThat(export.exitCode()).as(export.err()).isEqualTo(0);
            List<JsonNode> records = new ArrayList<>();
            for (String line : export.out().strip().split("\n")) {
                records.add(JSON.readTree(line));
            }
            assertThat(records).extracting(r -> r.get("action").asText()).containsExactly("token.created",
                    "repository.created", "repository.pushed", "run.triggered", "run.cancelled");
            JsonNode pushed = records.get(2);
            assertThat(pushed.get("actor").asText()).isEqualTo("admin");
            assertThat(pushed.get("subject").asText()).isEqualTo("repo:acme/shop");
            assertThat(pushed.get("details").get("ref").asText()).isEqualTo("refs/heads/main");
            assertThat(pushed.get("details").get("before").asText()).isEqualTo("0".repeat(40));
            assertThat(pushed.get("details").get("after").asText()).isEqualTo(sha);
            JsonNode cancelled = records.get(4);
            assertThat(cancelled.get("actor").asText()).isEqualTo("admin");
            assertThat(cancelled.get("subject").asText()).isEqualTo("run:" + run);
            assertThat(String.join("\n", export.out())).doesNotContain(TOKEN);

            CommandRun since = CommandRun.of(concat(new String[] {"audit", "export", "--since", "2999-01-01"}, online));
            assertThat(since.exitCode()).isEqualTo(0);
            assertThat(since.out()).isEmpty();

            CommandRun verified = CommandRun.of(concat(new String[] {"audit", "verify"}, online));
            assertThat(verified.exitCode()).as(verified.err()).isEqualTo(0);
            assertThat(verified.out()).contains("intact: 5 records");
        }

        CommandRun offline = CommandRun.of("audit", "verify", "--data-dir", data.toString());
        assertThat(offline.exitCode()).as(offline.err()).isEqualTo(0);
        assertThat(offline.out()).contains("intact: 5 records");

        try (Database db = Database.open(new StoreLocation.Embedded(data))) {
            db.transaction(tx -> tx.update("UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 3"));
        }
        CommandRun broken = CommandRun.of("audit", "verify", "--data-dir", data.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("broken at record 3").contains("audit record 3 was altered");

        CommandRun exported = CommandRun.of("audit", "export", "--data-dir", data.toString(), "--action",
                "run.cancelled");
        assertThat(exported.exitCode()).isEqualTo(0);
        assertThat(exported.out().strip().lines()).hasSize(1);
    }

    @Test
    void usageProblemsExit2WithOneSentence() {
        CommandRun nothing = CommandRun.of("audit", "verify", "--server", "", "--token", "");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("--data-dir");

        CommandRun missing = CommandRun.of("audit", "verify", "--data-dir", temp.resolve("none").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no Gantry database in");
        assertThat(temp.resolve("none")).doesNotExist();

        CommandRun both = CommandRun.of("audit", "export", "--data-dir", temp.toString(), "--server", "http://x");
        assertThat(both.exitCode()).isEqualTo(2);

        CommandRun badTime = CommandRun.of("audit", "export", "--data-dir", temp.toString(), "--since", "soon");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("--since").doesNotContain("Exception");

        CommandRun unreachable = CommandRun.of("audit", "verify", "--server", "http://127.0.0.1:1", "--token", "t");
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.err()).contains("127.0.0.1:1").doesNotContain("Exception");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int post(GantryServer server, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String get(GantryServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Ada", "-c", "user.email=ada@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git " + String.join(" ", args) + ": " + output).isEqualTo(0);
        return output;
    }
}
