package dev.gantry.server.git;

import dev.gantry.server.boot.GantryServer;
import dev.gantry.server.boot.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole server hosts git: a repository created through the API takes a push and is cloned back. */
class ServerPushTest {

    private static final String TOKEN = "server-push-token-0123456789";

    @TempDir
    Path temp;

    @Test
    void aRepositoryCreatedThroughTheApiTakesAPush() throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, temp.resolve("data"), Optional.empty(),
                Optional.of(TOKEN));
        try (GantryServer server = GantryServer.start(config, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.url() + "/api/v1/repos"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"owner\":\"acme\",\"name\":\"site\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);

            GitCli git = new GitCli(temp.resolve("home"));
            git.run(temp, "init", "site").ok();
            Path site = temp.resolve("site");
            GitCli.write(site, "index.html", "<p>hi</p>\n");
            git.run(site, "add", "-A").ok();
            git.run(site, "commit", "-m", "site").ok();
            String remote = "http://x:" + TOKEN + "@127.0.0.1:" + server.port() + "/git/acme/site.git";
            git.run(site, "push", remote, "main").ok();
            git.run(temp, "clone", remote, "copy").ok();
            assertThat(Files.readString(temp.resolve("copy/index.html"))).isEqualTo("<p>hi</p>\n");
            assertThat(temp.resolve("data/git/acme/site.git")).isDirectory();
        }
    }

    @Test
    void aPushStartsItsRunsAndAPushRecordedBeforeAKillIsHandedOnOnceWhenTheServerStartsAgain() throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, temp.resolve("data"), Optional.empty(),
                Optional.of(TOKEN));
        GitCli git = new GitCli(temp.resolve("home"));
        Path site = temp.resolve("site");
        String first;
        try (GantryServer server = GantryServer.start(config, new PrintWriter(new StringWriter()))) {
            create(server, "acme", "ci");
            git.run(temp, "init", "site").ok();
            GitCli.write(site, ".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: linux\n"
                    + "    steps:\n      - run: echo hi\n");
            git.run(site, "add", "-A").ok();
            git.run(site, "commit", "-m", "ci").ok();
            git.run(site, "push", remote(server, "acme/ci"), "main").ok();
            first = git.run(site, "rev-parse", "HEAD").ok().trimmed();
            assertThat(runShas(server)).containsExactly(first);
        }
        // As if the server was killed twice: once after the first push's run was stored but before its record was
        // cleared, once after a second push moved the ref but before its run was stored.
        GitCli.write(site, "README.md", "more\n");
        git.run(site, "add", "-A").ok();
        git.run(site, "commit", "-m", "more").ok();
        String second = git.run(site, "rev-parse", "HEAD").ok().trimmed();
        git.run(site, "push", temp.resolve("data/git/acme/ci.git").toUri().toString(), "main").ok();
        try (var db = dev.gantry.server.store.Database.open(new dev.gantry.server.store.StoreLocation.Embedded(
                temp.resolve("data")))) {
            var repo = new dev.gantry.server.store.RepositoryStore(db).find("acme", "ci").orElseThrow();
            var journal = new dev.gantry.server.store.PendingPushStore(db);
            journal.record(repo.id(), java.util.List.of(new dev.gantry.server.store.PendingPushStore.Update(
                    "refs/heads/main", "0".repeat(40), first)), "ada");
            journal.record(repo.id(), java.util.List.of(new dev.gantry.server.store.PendingPushStore.Update(
                    "refs/heads/main", first, second)), "ada");
        }

        try (GantryServer server = GantryServer.start(config, new PrintWriter(new StringWriter()))) {
            assertThat(runShas(server)).containsExactlyInAnyOrder(first, second);
        }
        try (GantryServer server = GantryServer.start(config, new PrintWriter(new StringWriter()))) {
            assertThat(runShas(server)).containsExactlyInAnyOrder(first, second);
        }
    }

    private static void create(GantryServer server, String owner, String name) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/api/v1/repos"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"owner\":\"" + owner + "\",\"name\":\"" + name
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
    }

    private static String remote(GantryServer server, String repository) {
        return "http://x:" + TOKEN + "@127.0.0.1:" + server.port() + "/git/" + repository + ".git";
    }

    /** The head shas of the server's runs, as the API lists them. */
    private static java.util.List<String> runShas(GantryServer server) throws Exception {
        HttpResponse<String> runs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/api/v1/runs"))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        java.util.List<String> shas = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(runs.body()).get("workflow_runs")
                .forEach(run -> shas.add(run.get("head_sha").asText()));
        return shas;
    }
}
