package dev.gantry.server.agent;

import dev.gantry.server.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.ApiJson;
import dev.gantry.api.agent.AgentClient;
import dev.gantry.api.agent.AgentCredentials;
import dev.gantry.api.agent.Assignment;
import dev.gantry.api.agent.Completion;
import dev.gantry.api.agent.HeartbeatReply;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.api.agent.NextJob;
import dev.gantry.api.agent.Registration;
import dev.gantry.api.agent.RegistrationToken;
import dev.gantry.api.agent.Reply;
import dev.gantry.api.agent.StepReport;
import dev.gantry.api.agent.StepState;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.run.QueueSignal;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.Status;
import dev.gantry.server.store.StepStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent protocol over real HTTP on loopback, against H2, with the run coordinator's port faked. */
class AgentProtocolTest {

    private static final String ADMIN = "admin-token-0123456789";
    private static final Duration LEASE = Duration.ofSeconds(2);

    @TempDir
    Path dataDir;

    private Database db;
    private ApiServer server;
    private LeaseReaper reaper;
    private final FakeAgentJobs agentJobs = new FakeAgentJobs();
    private final QueueSignal signal = new QueueSignal();
    private final HttpClient http = HttpClient.newHttpClient();
    private RepositoryId repository;
    private String url;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(new StoreLocation.Embedded(dataDir));
        new TokenStore(db).add("admin", ADMIN);
        AgentSettings settings = AgentSettings.withLease(LEASE);
        server = ApiServer.start(db, "127.0.0.1", 0, List.of(AgentModule.over(db, agentJobs, signal, settings)));
        reaper = LeaseReaper.start(new JobQueue(db), agentJobs, signal, new AgentSettings(LEASE, settings.maxWait(),
                Duration.ofMillis(200), settings.lostAgent(), settings.tokenValidity(), settings.onlineWithin()),
                new AuditLog(db));
        url = "http://127.0.0.1:" + server.port();
        var created = new RepositoryStore(db).create(new NewRepository("acme", "shop", new Repository.Source.Hosted(),
                "main"));
        repository = ((RepositoryStore.Creation.Created) created).repository().id();
    }

    @AfterEach
    void stop() {
        reaper.close();
        server.close();
        db.close();
    }

    @Test
    void aRegistrationTokenRegistersOneAgentOnly() throws Exception {
        String token = registrationToken();
        AgentClient client = AgentClient.of(url);

        Reply<AgentCredentials> first = client.register(new Registration(token, "builder-1", List.of("linux"), 2));
        Reply<AgentCredentials> second = client.register(new Registration(token, "builder-2", List.of("linux"), 2));

        assertThat(first).isInstanceOf(Reply.Ok.class);
        assertThat(second).isInstanceOfSatisfying(Reply.Refused.class, r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.message()).contains("registration token");
        });
        JsonNode agents = adminGet("/api/v1/agents");
        assertThat(agents.get("total_count").asInt()).isEqualTo(1);
        JsonNode agent = agents.get("agents").get(0);
        assertThat(agent.get("name").asText()).isEqualTo("builder-1");
        assertThat(agent.get("labels").get(0).asText()).isEqualTo("linux");
        assertThat(agent.get("capacity").asInt()).isEqualTo(2);
        assertThat(agent.get("busy_jobs").asInt()).isZero();
        assertThat(agent.get("online").asBoolean()).isTrue();
    }

    @Test
    void agentAndAdminTokensAreNotInterchangeable() throws Exception {
        AgentClient agent = register("linux");
        String agentToken = agentToken(agent);

        Reply<Assignment> wrongToken = AgentClient.of(url).withToken("not-a-token").next(new NextJob(List.of()),
                Duration.ZERO);
        Reply<Assignment> adminAsAgent = AgentClient.of(url).withToken(ADMIN).next(new NextJob(List.of()),
                Duration.ZERO);
        HttpResponse<String> agentAsAdmin = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/agents"))
                .header("Authorization", "Bearer " + agentToken).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wrongToken).isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThat(adminAsAgent).isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThat(agentAsAdmin.statusCode()).isEqualTo(401);
        assertThat(agent.next(new NextJob(List.of()), Duration.ZERO)).isInstanceOf(Reply.Done.class);
    }

    @Test
    void aJobIsAssignedReportedAndCompletedUnderItsFencingToken() throws Exception {
        AgentClient agent = register("linux", "self-hosted");
        JobId job = queuedJob("build", List.of("self-hosted", "linux"));

        Assignment assignment = assigned(agent.next(new NextJob(List.of()), Duration.ofSeconds(5)));
        long token = assignment.fencingToken();
        assertThat(assignment.jobId()).isEqualTo(job.value());
        assertThat(assignment.spec().jobKey()).isEqualTo("build");
        assertThat(assignment.leaseSeconds()).isEqualTo(2);

        assertThat(agent.heartbeat(job.value(), token)).isEqualTo(new Reply.Ok<>(new HeartbeatReply(2, false)));
        assertThat(agent.steps(job.value(), new StepReport(token, List.of(new StepState(1, "Run echo hi",
                "completed", "success", "2026-03-01T09:00:00Z", "2026-03-01T09:00:01Z"))))).isInstanceOf(Reply.Ok.class);
        byte[] chunk = "hi\n".getBytes(StandardCharsets.UTF_8);
        assertThat(agent.log(job.value(), 0, token, chunk)).isInstanceOf(Reply.Ok.class);
        assertThat(agent.log(job.value(), 0, token, chunk)).isInstanceOf(Reply.Ok.class);
        assertThat(agent.complete(job.value(), new Completion(token, "success", "", Map.of("version", "1.2"))))
                .isInstanceOf(Reply.Ok.class);

        Job done = new JobStore(db).find(job).orElseThrow();
        assertThat(done.status()).isEqualTo(Status.COMPLETED);
        assertThat(done.conclusion()).contains(Conclusion.SUCCESS);
        assertThat(done.outputs()).isEqualTo(Map.of("version", "1.2"));
        assertThat(new StepStore(db).of(job)).singleElement().satisfies(step -> {
            assertThat(step.name()).isEqualTo("Run echo hi");
            assertThat(step.conclusion()).contains(StepStatus.SUCCESS);
        });
        assertThat(new String(new LogStore(db).read(job, 0, 1 << 20).data(), StandardCharsets.UTF_8)).isEqualTo("hi\n");
        assertThat(agentJobs.completed.poll(5, TimeUnit.SECONDS)).isEqualTo(job);

        Reply<HeartbeatReply> stale = agent.heartbeat(job.value(), token);
        assertThat(stale).isInstanceOfSatisfying(Reply.Refused.class, r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.message()).contains("fencing token");
        });
        assertThat(agent.complete(job.value(), new Completion(token, "failure", "late", Map.of())))
                .isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThat(agent.log(job.value(), 1, token, chunk))
                .isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
    }

    @Test
    void aWaitingAgentIsHandedAJobQueuedDuringItsPoll() throws Exception {
        AgentClient agent = register("linux");
        CompletableFuture<Reply<Assignment>> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return agent.next(new NextJob(List.of()), Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntilPolling();

        JobId job = queuedJob("test", List.of("linux"));

        assertThat(assigned(poll.get(20, TimeUnit.SECONDS)).jobId()).isEqualTo(job.value());
    }

    @Test
    void jobsNeedingLabelsTheAgentLacksAreNotAssignedAndRequestsCannotWidenLabels() throws Exception {
        AgentClient agent = register("linux");
        queuedJob("gpu", List.of("linux", "gpu"));

        assertThat(agent.next(new NextJob(List.of()), Duration.ZERO)).isInstanceOf(Reply.Done.class);
        assertThat(agent.next(new NextJob(List.of("gpu")), Duration.ZERO))
                .isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.message()).contains("\"gpu\""));
    }

    @Test
    void cancellationIsDeliveredByTheHeartbeat() throws Exception {
        AgentClient agent = register("linux");
        JobId job = queuedJob("deploy", List.of("linux"));
        Assignment assignment = assigned(agent.next(new NextJob(List.of()), Duration.ofSeconds(5)));

        agentJobs.cancelled.add(job);

        assertThat(agent.heartbeat(job.value(), assignment.fencingToken()))
                .isEqualTo(new Reply.Ok<>(new HeartbeatReply(2, true)));
    }

    @Test
    void aClaimedJobWithoutASpecFailsWithAReasonAndTheAgentKeepsWaiting() throws Exception {
        AgentClient agent = register("linux");
        JobId job = queuedJob("orphan", List.of("linux"));
        agentJobs.specs.remove(job);

        assertThat(agent.next(new NextJob(List.of()), Duration.ZERO)).isInstanceOf(Reply.Done.class);

        Job failed = new JobStore(db).find(job).orElseThrow();
        assertThat(failed.conclusion()).hasValueSatisfying(c ->
                assertThat(c).isInstanceOfSatisfying(Conclusion.Failure.class,
                        f -> assertThat(f.reason()).contains("no job spec for job \"orphan\"")));
        assertThat(agentJobs.completed.poll(5, TimeUnit.SECONDS)).isEqualTo(job);
    }

    @Test
    void aJobWhoseLeaseExpiresFailsWithTheReasonAndItsAgentIsRefused() throws Exception {
        AgentClient agent = register("linux");
        JobId job = queuedJob("build", List.of("linux"));
        Assignment assignment = assigned(agent.next(new NextJob(List.of()), Duration.ofSeconds(5)));

        assertThat(agentJobs.completed.poll(30, TimeUnit.SECONDS)).isEqualTo(job);

        Job failed = new JobStore(db).find(job).orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.COMPLETED);
        assertThat(failed.conclusion()).contains(new Conclusion.Failure(
                "the agent running it was lost: no heartbeat for 2 s"));
        assertThat(agent.heartbeat(job.value(), assignment.fencingToken()))
                .isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThat(agent.next(new NextJob(List.of()), Duration.ZERO)).isInstanceOf(Reply.Done.class);
    }

    @Test
    void malformedRequestsAreRefusedWithASentence() throws Exception {
        AgentClient agent = register("linux");
        HttpResponse<String> garbage = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/agent/register"))
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/agent/register"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> badWait = http.send(HttpRequest.newBuilder(
                        URI.create(url + "/api/v1/agent/jobs/next?wait=soon"))
                .header("Authorization", "Bearer " + agentToken(agent))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(ApiJson.mapper().readTree(garbage.body()).get("message").asText()).contains("Registration");
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(badWait.statusCode()).isEqualTo(400);
        assertThat(ApiJson.mapper().readTree(badWait.body()).get("message").asText()).contains("\"soon\"");
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private JobId queuedJob(String key, List<String> labels) {
        var created = (RunStore.Creation.Created) new RunStore(db).create(new NewRun(repository,
                ".github/workflows/ci.yml", "push", "a".repeat(40), Optional.of("main"), "ada"),
                List.of(new NewRun.Job(key, key, List.of(), labels)));
        JobId id = created.jobs().getFirst().id();
        agentJobs.specs.put(id, spec(key));
        new JobQueue(db).enqueue(id);
        signal.queued();
        return id;
    }

    private static JobSpec spec(String key) {
        var nodes = ApiJson.mapper();
        return new JobSpec(1, 1, 1, ".github/workflows/ci.yml", "on: push\njobs:\n  " + key
                + ":\n    runs-on: linux\n    steps:\n      - run: echo hi\n", key, key, key,
                new JobSpec.RepositoryRef("acme", "shop", "http://127.0.0.1/git/acme/shop.git", "main"),
                "a".repeat(40), "refs/heads/main", "push", nodes.createObjectNode(), Map.of(), "ada", "",
                nodes.createObjectNode(), Map.of(), Map.of(), 360, List.of("linux"));
    }

    private String registrationToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(url + "/api/v1/agents/registration-tokens"))
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        RegistrationToken token = ApiJson.mapper().readValue(response.body(), RegistrationToken.class);
        assertThat(token.expiresAt()).isNotEmpty();
        return token.token();
    }

    private final Map<AgentClient, String> tokens = new java.util.HashMap<>();

    private AgentClient register(String... labels) throws Exception {
        Reply<AgentCredentials> reply = AgentClient.of(url).register(new Registration(registrationToken(), "agent",
                List.of(labels), 1));
        AgentCredentials credentials = ((Reply.Ok<AgentCredentials>) reply).body();
        AgentClient client = AgentClient.of(url).withToken(credentials.agentToken());
        tokens.put(client, credentials.agentToken());
        return client;
    }

    private String agentToken(AgentClient client) {
        return tokens.get(client);
    }

    private JsonNode adminGet(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiJson.mapper().readTree(response.body());
    }

    private static Assignment assigned(Reply<Assignment> reply) {
        assertThat(reply).isInstanceOf(Reply.Ok.class);
        return ((Reply.Ok<Assignment>) reply).body();
    }

    /** Gives the long poll time to find the queue empty and wait on the signal (if it is late, it claims at once). */
    private void waitUntilPolling() throws InterruptedException {
        Thread.sleep(300);
    }
}
