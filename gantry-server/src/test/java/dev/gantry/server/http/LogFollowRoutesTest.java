package dev.gantry.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a job's log live over Server-Sent Events, on real HTTP against H2. */
class LogFollowRoutesTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Database db;
    private ApiServer server;
    private Job job;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(new StoreLocation.Embedded(dataDir));
        new TokenStore(db).add("admin", TOKEN);
        server = ApiServer.start(db, "127.0.0.1", 0, List.of(new LogFollowRoutes(db)));
        Repository repo = ((RepositoryStore.Creation.Created) new RepositoryStore(db)
                .create(new NewRepository("acme", "shop", new Repository.Source.Hosted(), "main"))).repository();
        var created = (RunStore.Creation.Created) new RunStore(db).create(new NewRun(repo.id(), ".github/workflows/ci.yml",
                "push", "a".repeat(40), Optional.of("main"), "ada"), List.of(new NewRun.Job("build", "build",
                List.of(), List.of("linux"))));
        job = created.jobs().get(0);
        new JobQueue(db).enqueue(job.id());
        new JobQueue(db).claim("agent", Set.of("linux"), Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void a_follower_gets_lines_as_they_arrive_and_an_end_event_once_the_job_completed() throws Exception {
        LogStore logs = new LogStore(db);
        logs.append(job.id(), 0, "first line\nsecond ".getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = open("");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("text/event-stream"));
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            JsonNode first = next(reader, "log");
            assertThat(first.get("text").asText()).isEqualTo("first line\n");
            assertThat(first.get("offset").asLong()).isZero();

            logs.append(job.id(), 1, "half\nüber".getBytes(StandardCharsets.UTF_8));
            assertThat(next(reader, "log").get("text").asText()).isEqualTo("second half\n");

            long token = new JobStore(db).find(job.id()).orElseThrow().lease().orElseThrow().fencingToken();
            new JobStore(db).complete(job.id(), token, Conclusion.SUCCESS, Map.of());
            assertThat(next(reader, "log").get("text").asText()).isEqualTo("über");
            JsonNode end = next(reader, "end");
            assertThat(end.get("conclusion").asText()).isEqualTo("success");
        }
    }

    @Test
    void a_reconnecting_follower_resumes_from_its_last_event_id() throws Exception {
        new LogStore(db).append(job.id(), 0, "one\ntwo\n".getBytes(StandardCharsets.UTF_8));
        long token = new JobStore(db).find(job.id()).orElseThrow().lease().orElseThrow().fencingToken();
        new JobStore(db).complete(job.id(), token, Conclusion.SUCCESS, Map.of());

        HttpResponse<InputStream> response = open("?offset=4");
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(next(reader, "log").get("text").asText()).isEqualTo("two\n");
            assertThat(next(reader, "end").get("status").asText()).isEqualTo("completed");
        }
    }

    @Test
    void an_unknown_job_gets_an_error_event_and_no_token_gets_401() throws Exception {
        HttpResponse<InputStream> unknown = HttpClient.newHttpClient().send(request("/api/v1/repos/acme/shop/actions/"
                + "jobs/999/logs/stream", true), HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new BufferedReader(new InputStreamReader(unknown.body(), StandardCharsets.UTF_8))) {
            assertThat(next(reader, "error").get("message").asText()).contains("No job 999");
        }
        var anonymous = HttpClient.newHttpClient().send(request("/api/v1/repos/acme/shop/actions/jobs/"
                + job.id().value() + "/logs/stream", false), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<InputStream> open(String query) throws Exception {
        return HttpClient.newHttpClient().send(request("/api/v1/repos/acme/shop/actions/jobs/" + job.id().value()
                + "/logs/stream" + query, true), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest request(String path, boolean authed) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "text/event-stream");
        if (authed) {
            builder.header("Authorization", "Bearer " + TOKEN);
        }
        return builder.build();
    }

    /** Reads events until one named {@code name}; returns its data. */
    private static JsonNode next(BufferedReader reader, String name) throws Exception {
        String event = null;
        List<String> data = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            } else if (line.isEmpty() && event != null) {
                if (event.equals(name)) {
                    return JSON.readTree(String.join("\n", data));
                }
                event = null;
                data.clear();
            }
        }
        throw new AssertionError("the stream ended before a " + name + " event");
    }
}
