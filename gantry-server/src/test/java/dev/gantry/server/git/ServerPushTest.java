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
}
