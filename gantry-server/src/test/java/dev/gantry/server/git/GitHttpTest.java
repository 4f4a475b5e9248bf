package dev.gantry.server.git;

import dev.gantry.engine.event.Commit;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.event.Revision;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;
import dev.gantry.workflow.filter.ChangedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Hosted git over real HTTP on loopback, driven by the real git program, with H2 in a temporary folder. */
class GitHttpTest {

    private static final String TOKEN = "git-test-token-0123456789";

    record Pushed(String repository, List<RefChange> changes, String pusher) {}

    @TempDir
    Path temp;

    private Database db;
    private GitHosting hosting;
    private ApiServer server;
    private GitCli git;
    private final List<Pushed> pushes = new CopyOnWriteArrayList<>();
    private final List<Push> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        db = Database.open(new StoreLocation.Embedded(data));
        new TokenStore(db).add("robot", TOKEN);
        new RepositoryStore(db).create(new NewRepository("acme", "web", new Repository.Source.Hosted(), "main"));
        hosting = new GitHosting(data, db, (repository, changes, pusher) -> {
            pushes.add(new Pushed(repository.fullName(), changes, pusher));
            try {
                events.add((Push) hosting.pushEvent(repository, changes.getFirst(), pusher,
                        "http://127.0.0.1:" + server.port()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server = ApiServer.start(db, "127.0.0.1", 0, List.of(hosting.module()));
        git = new GitCli(temp.resolve("home"));
    }

    @AfterEach
    void stop() {
        server.close();
        hosting.close();
        db.close();
    }

    private String url(String token, String path) {
        return "http://x:" + token + "@127.0.0.1:" + server.port() + "/git/" + path;
    }

    @Test
    void cloneEmptyPushCommitsAndATagCloneBackAndFetch() throws Exception {
        git.run(temp, "clone", url(TOKEN, "acme/web.git"), "one").ok();
        Path one = temp.resolve("one");
        GitCli.write(one, "README.md", "hello\n");
        git.run(one, "add", "-A").ok();
        git.run(one, "commit", "-m", "first").ok();
        GitCli.write(one, "src/app.txt", "app\n");
        git.run(one, "add", "-A").ok();
        git.run(one, "commit", "-m", "second").ok();
        String second = git.run(one, "rev-parse", "HEAD").ok().trimmed();
        git.run(one, "push", "origin", "main").ok();
        git.run(one, "tag", "v1").ok();
        git.run(one, "push", "origin", "v1").ok();

        assertThat(pushes).containsExactly(
                new Pushed("acme/web", List.of(new RefChange("refs/heads/main", Revision.ZERO_SHA, second)), "robot"),
                new Pushed("acme/web", List.of(new RefChange("refs/tags/v1", Revision.ZERO_SHA, second)), "robot"));

        Push firstPush = events.getFirst();
        assertThat(firstPush.commits()).extracting(Commit::message).containsExactly("first\n", "second\n");
        assertThat(firstPush.changes()).isEqualTo(ChangedFiles.of(List.of("README.md", "src/app.txt")));
        assertThat(firstPush.payload().members().get("repository").toString())
                .contains("http://127.0.0.1:" + server.port() + "/git/acme/web.git");

        git.run(temp, "clone", url(TOKEN, "acme/web"), "two").ok();
        Path two = temp.resolve("two");
        assertThat(git.run(two, "rev-parse", "HEAD").ok().trimmed()).isEqualTo(second);
        assertThat(git.run(two, "log", "--format=%s").ok().trimmed()).isEqualTo("second\nfirst");
        assertThat(git.run(two, "tag").ok().trimmed()).isEqualTo("v1");
        assertThat(Files.readString(two.resolve("src/app.txt"))).isEqualTo("app\n");

        GitCli.write(two, "README.md", "changed\n");
        git.run(two, "commit", "-am", "third").ok();
        String third = git.run(two, "rev-parse", "HEAD").ok().trimmed();
        git.run(two, "push").ok();
        git.run(one, "fetch").ok();
        assertThat(git.run(one, "rev-parse", "origin/main").ok().trimmed()).isEqualTo(third);
        assertThat(pushes.get(2).changes()).containsExactly(new RefChange("refs/heads/main", second, third));

        git.run(two, "push", "origin", "--delete", "v1").ok();
        assertThat(pushes.get(3).changes()).containsExactly(new RefChange("refs/tags/v1", second, Revision.ZERO_SHA));
    }

    @Test
    void aWrongOrMissingTokenIsAnAuthenticationFailure() throws Exception {
        GitCli.Result wrong = git.run(temp, "clone", url("not-a-token", "acme/web.git"), "wrong");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.output()).contains("Authentication failed");

        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("acme/web.git/info/refs?service=git-upload-pack")));
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Gantry\"");
        assertThat(missing.body()).contains("API token");
        assertThat(pushes).isEmpty();
    }

    @Test
    void anUnknownRepositoryIsA404WithAMessage() throws Exception {
        HttpResponse<String> unknown = send(authed("acme/nope.git/info/refs?service=git-upload-pack"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No repository acme/nope is registered");
        HttpResponse<String> escape = send(authed("acme/..%2F..%2Fetc/info/refs?service=git-upload-pack"));
        assertThat(escape.statusCode()).isIn(400, 404);

        GitCli.Result clone = git.run(temp, "clone", url(TOKEN, "acme/nope.git"), "nope");
        assertThat(clone.exit()).isNotZero();
        assertThat(clone.output()).contains("not found");
        assertThat(Files.exists(temp.resolve("data/git/acme/nope.git"))).isFalse();
    }

    @Test
    void aPushLargerThanTheApiBodyLimitIsStored() throws Exception {
        git.run(temp, "init", "big").ok();
        Path big = temp.resolve("big");
        byte[] noise = new byte[3 * (int) ApiServer.MAX_BODY];
        new Random(7).nextBytes(noise);
        Files.write(big.resolve("blob.bin"), noise);
        git.run(big, "add", "-A").ok();
        git.run(big, "commit", "-m", "big").ok();
        git.run(big, "push", url(TOKEN, "acme/web.git"), "main").ok();

        git.run(temp, "clone", url(TOKEN, "acme/web.git"), "back").ok();
        assertThat(Files.readAllBytes(temp.resolve("back/blob.bin"))).isEqualTo(noise);
        assertThat(pushes).hasSize(1);
    }

    @Test
    void aGzipEncodedUploadPackRequestIsServed() throws Exception {
        git.run(temp, "init", "src").ok();
        Path src = temp.resolve("src");
        GitCli.write(src, "a.txt", "a\n");
        git.run(src, "add", "-A").ok();
        git.run(src, "commit", "-m", "a").ok();
        git.run(src, "push", url(TOKEN, "acme/web.git"), "main").ok();
        String sha = git.run(src, "rev-parse", "HEAD").ok().trimmed();

        String request = "0032want " + sha + "\n" + "0000" + "0009done\n";
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(request.getBytes(StandardCharsets.US_ASCII));
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(authed("acme/web.git/git-upload-pack")
                        .header("Content-Type", "application/x-git-upload-pack-request")
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-git-upload-pack-result");
        String body = new String(response.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).startsWith("0008NAK\n").contains("PACK");

        HttpResponse<String> notGzip = send(authed("acme/web.git/git-upload-pack")
                .header("Content-Type", "application/x-git-upload-pack-request")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(request)));
        assertThat(notGzip.statusCode()).isEqualTo(400);
        assertThat(notGzip.body()).contains("not valid gzip");
    }

    @Test
    void aRepositoryRegisteredByUrlCannotBePushedTo() throws Exception {
        new RepositoryStore(db).create(new NewRepository("acme", "mirror",
                new Repository.Source.Remote("https://example.com/acme/mirror.git"), "main"));
        HttpResponse<String> refused = send(authed("acme/mirror.git/info/refs?service=git-receive-pack"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("is fetched from https://example.com/acme/mirror.git");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + "/git/" + path);
    }

    private HttpRequest.Builder authed(String path) {
        String basic = Base64.getEncoder().encodeToString(("anyone:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
