package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.Status;
import dev.gantry.server.store.Step;
import dev.gantry.server.store.StepStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over real HTTP on loopback, against an embedded H2 database in a temporary data folder. */
class ApiServerTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Database db;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        db = Database.open(new StoreLocation.Embedded(dataDir));
        new TokenStore(db).add("admin", TOKEN);
        server = ApiServer.start(db, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void healthAnswersWithoutAToken() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/health"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void everyOtherRouteNeedsAKnownToken() throws Exception {
        HttpResponse<String> missing = send(get("/api/v1/repos"));
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).get("message").asText()).contains("Authorization");

        HttpResponse<String> wrong = send(get("/api/v1/repos").header("Authorization", "Bearer nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> malformed = send(get("/api/v1/repos").header("Authorization", "Basic " + TOKEN));
        assertThat(malformed.statusCode()).isEqualTo(401);

        assertThat(send(authed("/api/v1/repos")).statusCode()).isEqualTo(200);
        HttpResponse<String> githubStyle = send(get("/api/v1/repos").header("Authorization", "token " + TOKEN));
        assertThat(githubStyle.statusCode()).isEqualTo(200);
    }

    @Test
    void repositoriesAreCreatedListedAndRefusedWhenDuplicateOrBadlyNamed() throws Exception {
        HttpResponse<String> created = send(post("/api/v1/repos", "{\"owner\":\"acme\",\"name\":\"web\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("full_name").asText()).isEqualTo("acme/web");
        assertThat(json(created).get("default_branch").asText()).isEqualTo("main");
        send(post("/api/v1/repos", "{\"owner\":\"acme\",\"name\":\"api\",\"default_branch\":\"trunk\"}"));

        HttpResponse<String> duplicate = send(post("/api/v1/repos", "{\"owner\":\"acme\",\"name\":\"web\"}"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json(duplicate).get("message").asText()).isEqualTo("The repository acme/web already exists.");

        HttpResponse<String> badName = send(post("/api/v1/repos", "{\"owner\":\"acme\",\"name\":\"no spaces\"}"));
        assertThat(badName.statusCode()).isEqualTo(422);
        assertThat(json(badName).get("message").asText()).contains("\"no spaces\"");
        HttpResponse<String> missing = send(post("/api/v1/repos", "{\"owner\":\"acme\"}"));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json(missing).get("message").asText()).contains("\"name\"");
        HttpResponse<String> malformed = send(post("/api/v1/repos", "{\"owner\":"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("message").asText()).startsWith("The request body is not valid JSON");
        assertThat(malformed.body()).doesNotContain("at com.").doesNotContain("Exception");

        JsonNode list = json(send(authed("/api/v1/repos")));
        assertThat(list.get("total_count").asInt()).isEqualTo(2);
        assertThat(list.get("repositories").findValuesAsText("full_name")).containsExactly("acme/api", "acme/web");
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        String huge = "{\"owner\":\"" + "a".repeat((int) ApiServer.MAX_BODY) + "\",\"name\":\"x\"}";
        HttpResponse<String> response = send(post("/api/v1/repos", huge));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("message").asText()).contains("larger than");
        assertThat(json(send(authed("/api/v1/repos"))).get("total_count").asInt()).isZero();
    }

    @Test
    void oversizedChunkedBodiesAreRefusedWith413Too() throws Exception {
        byte[] huge = ("{\"owner\":\"" + "a".repeat((int) ApiServer.MAX_BODY) + "\",\"name\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(get("/api/v1/repos").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("message").asText()).contains("larger than");
    }

    @Test
    void runsAreListedWithGitHubsFieldsFiltersAndPaging() throws Exception {
        RepositoryId repo = repository("acme", "web");
        RunStore runs = new RunStore(db);
        Run first = create(runs, repo, "push", "main", "alice");
        create(runs, repo, "pull_request", "feature", "bob");
        Run third = create(runs, repo, "push", "main", "bob");
        runs.start(first.id());
        runs.complete(first.id(), Conclusion.SUCCESS);

        JsonNode all = json(send(authed("/api/v1/repos/acme/web/actions/runs")));
        assertThat(all.get("total_count").asInt()).isEqualTo(3);
        JsonNode newest = all.get("workflow_runs").get(0);
        assertThat(newest.get("id").asLong()).isEqualTo(third.id().value());
        assertThat(newest.get("run_number").asLong()).isEqualTo(3);
        assertThat(newest.get("run_attempt").asInt()).isEqualTo(1);
        assertThat(newest.get("head_branch").asText()).isEqualTo("main");
        assertThat(newest.get("head_sha").asText()).isEqualTo("a".repeat(40));
        assertThat(newest.get("event").asText()).isEqualTo("push");
        assertThat(newest.get("status").asText()).isEqualTo("queued");
        assertThat(newest.get("conclusion").isNull()).isTrue();
        assertThat(newest.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(newest.has("updated_at")).isTrue();

        assertThat(ids("/api/v1/repos/acme/web/actions/runs?event=push")).hasSize(2);
        assertThat(ids("/api/v1/repos/acme/web/actions/runs?branch=feature")).hasSize(1);
        assertThat(ids("/api/v1/repos/acme/web/actions/runs?actor=bob")).hasSize(2);
        assertThat(ids("/api/v1/repos/acme/web/actions/runs?status=completed"))
                .containsExactly(first.id().value());
        assertThat(ids("/api/v1/repos/acme/web/actions/runs?status=success")).containsExactly(first.id().value());
        assertThat(ids("/api/v1/repos/acme/web/actions/runs?status=queued")).hasSize(2);
        assertThat(ids("/api/v1/repos/acme/web/actions/runs?actor=bob&event=push"))
                .containsExactly(third.id().value());

        JsonNode page2 = json(send(authed("/api/v1/repos/acme/web/actions/runs?per_page=2&page=2")));
        assertThat(page2.get("total_count").asInt()).isEqualTo(3);
        assertThat(page2.get("workflow_runs")).hasSize(1);
        assertThat(page2.get("workflow_runs").get(0).get("id").asLong()).isEqualTo(first.id().value());

        assertThat(send(authed("/api/v1/repos/acme/web/actions/runs?status=bogus")).statusCode()).isEqualTo(422);
        assertThat(send(authed("/api/v1/repos/acme/web/actions/runs?per_page=0")).statusCode()).isEqualTo(422);
    }

    @Test
    void aRunItsJobsWithStepsAndAJobsLogAreServed() throws Exception {
        RepositoryId repo = repository("acme", "web");
        RunStore runs = new RunStore(db);
        var created = (RunStore.Creation.Created) runs.create(newRun(repo, "push", "main", "alice"), List.of(
                new NewRun.Job("build", "Build", List.of(), List.of("ubuntu-latest"))));
        Job job = created.jobs().getFirst();
        new StepStore(db).record(new Step(job.id(), 1, "Check out", Status.COMPLETED,
                Optional.of(StepStatus.SUCCESS), Optional.of(db.now()), Optional.of(db.now())));
        LogStore logs = new LogStore(db);
        logs.append(job.id(), 0, "hello\n".getBytes(StandardCharsets.UTF_8));
        logs.append(job.id(), 1, "world\n".getBytes(StandardCharsets.UTF_8));
        long runId = created.run().id().value();

        JsonNode view = json(send(authed("/api/v1/repos/acme/web/actions/runs/" + runId)));
        assertThat(view.get("id").asLong()).isEqualTo(runId);
        assertThat(view.get("repository").get("full_name").asText()).isEqualTo("acme/web");

        JsonNode jobs = json(send(authed("/api/v1/repos/acme/web/actions/runs/" + runId + "/jobs")));
        assertThat(jobs.get("total_count").asInt()).isEqualTo(1);
        JsonNode onlyJob = jobs.get("jobs").get(0);
        assertThat(onlyJob.get("name").asText()).isEqualTo("Build");
        assertThat(onlyJob.get("run_id").asLong()).isEqualTo(runId);
        assertThat(onlyJob.get("labels").get(0).asText()).isEqualTo("ubuntu-latest");
        JsonNode step = onlyJob.get("steps").get(0);
        assertThat(step.get("name").asText()).isEqualTo("Check out");
        assertThat(step.get("number").asInt()).isEqualTo(1);
        assertThat(step.get("conclusion").asText()).isEqualTo("success");

        HttpResponse<String> log = send(authed("/api/v1/repos/acme/web/actions/jobs/" + job.id().value() + "/logs"));
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(log.body()).isEqualTo("hello\nworld\n");
    }

    @Test
    void unknownThingsAre404WithAJsonMessage() throws Exception {
        RepositoryId repo = repository("acme", "web");
        repository("acme", "other");
        Run run = create(new RunStore(db), repo, "push", "main", "alice");

        HttpResponse<String> noRepo = send(authed("/api/v1/repos/acme/nope/actions/runs"));
        assertThat(noRepo.statusCode()).isEqualTo(404);
        assertThat(json(noRepo).get("message").asText()).isEqualTo("No repository acme/nope.");
        assertThat(send(authed("/api/v1/repos/acme/web/actions/runs/999999")).statusCode()).isEqualTo(404);
        assertThat(send(authed("/api/v1/repos/acme/web/actions/runs/abc")).statusCode()).isEqualTo(404);
        assertThat(send(authed("/api/v1/repos/acme/other/actions/runs/" + run.id().value())).statusCode())
                .isEqualTo(404);
        assertThat(send(authed("/api/v1/repos/acme/web/actions/jobs/999999/logs")).statusCode()).isEqualTo(404);
        HttpResponse<String> noRoute = send(authed("/api/v1/nothing/here"));
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(json(noRoute).get("message").asText()).contains("/api/v1/nothing/here");
    }

    private RepositoryId repository(String owner, String name) throws Exception {
        HttpResponse<String> created = send(post("/api/v1/repos",
                "{\"owner\":\"" + owner + "\",\"name\":\"" + name + "\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        return new RepositoryId(json(created).get("id").asLong());
    }

    private static NewRun newRun(RepositoryId repo, String event, String branch, String actor) {
        return new NewRun(repo, ".github/workflows/ci.yml", event, "a".repeat(40), Optional.of(branch), actor);
    }

    private static Run create(RunStore runs, RepositoryId repo, String event, String branch, String actor) {
        return ((RunStore.Creation.Created) runs.create(newRun(repo, event, branch, actor), List.of())).run();
    }

    private List<Long> ids(String path) throws Exception {
        HttpResponse<String> response = send(authed(path));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        List<Long> ids = new ArrayList<>();
        body.get("workflow_runs").forEach(run -> ids.add(run.get("id").asLong()));
        assertThat(body.get("total_count").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
    }

    private HttpRequest.Builder authed(String path) {
        return get(path).header("Authorization", "Bearer " + TOKEN);
    }

    private HttpRequest.Builder post(String path, String body) {
        return get(path).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }
}
