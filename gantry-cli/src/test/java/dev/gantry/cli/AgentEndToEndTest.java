package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.agent.Agent;
import dev.gantry.agent.AgentConfig;
import dev.gantry.api.ApiJson;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.agent.AgentModule;
import dev.gantry.server.agent.AgentSettings;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.run.AgentJobs;
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
import dev.gantry.server.store.Step;
import dev.gantry.server.store.StepStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server (the API with the agent module, on H2) and an {@link Agent} in this process over real loopback HTTP,
 * running real shell steps on this host with the executors {@code gantry agent} uses; the run coordinator's port is
 * faked: it hands out the spec the test wrote.
 */
class AgentEndToEndTest {

    private static final String ADMIN = "admin-token-0123456789";

    @TempDir
    Path temp;

    private Database db;
    private ApiServer server;
    private final Jobs agentJobs = new Jobs();
    private final QueueSignal signal = new QueueSignal();
    private RepositoryId repository;
    private String url;
    private Path origin;
    private String sha;
    private Agent agent;
    private Thread agentThread;
    private final StringWriter console = new StringWriter();

    /** The coordinator's port: specs by job, cancellations asked for, completions seen. */
    static final class Jobs implements AgentJobs {
        final Map<JobId, JobSpec> specs = new ConcurrentHashMap<>();
        final Set<JobId> cancelled = ConcurrentHashMap.newKeySet();
        final LinkedBlockingQueue<JobId> completed = new LinkedBlockingQueue<>();

        @Override
        public Optional<JobSpec> spec(JobId job) {
            return Optional.ofNullable(specs.get(job));
        }

        @Override
        public boolean cancelRequested(JobId job) {
            return cancelled.contains(job);
        }

        @Override
        public void completed(JobId job) {
            completed.add(job);
        }
    }

    @BeforeEach
    void start() throws Exception {
        db = Database.open(new StoreLocation.Embedded(temp.resolve("data")));
        new TokenStore(db).add("admin", ADMIN);
        server = ApiServer.start(db, "127.0.0.1", 0, List.of(AgentModule.over(db, agentJobs, signal,
                AgentSettings.defaults())));
        url = "http://127.0.0.1:" + server.port();
        repository = ((RepositoryStore.Creation.Created) new RepositoryStore(db).create(new NewRepository("acme",
                "shop", new Repository.Source.Hosted(), "main"))).repository().id();
        origin = temp.resolve("origin");
        Files.createDirectories(origin);
        Files.writeString(origin.resolve("hello.txt"), "hello from the repository\n");
        git("init", "-q", "-b", "main");
        git("add", "hello.txt");
        git("-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "first");
        sha = git("rev-parse", "HEAD").strip();

        AgentConfig config = new AgentConfig(url, Optional.of(registrationToken()), "test-agent",
                List.of("self-hosted", "linux"), 2, temp.resolve("agent"), Duration.ofSeconds(2),
                Duration.ofMillis(200));
        agent = ((Agent.Start.Started) Agent.start(config, new AgentExecutors(new GantryHome(temp.resolve("home")), "test-agent"),
                new PrintWriter(console, true))).agent();
        agentThread = Thread.ofVirtual().start(agent::run);
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
        agentThread.join(Duration.ofSeconds(30));
        server.close();
        db.close();
    }

    @Test
    void aJobRunsOnTheAgentWithItsSchedulerContextsAndReportsStepsLogsAndOutputs() throws Exception {
        String workflow = """
                on: push
                jobs:
                  setup:
                    runs-on: [self-hosted, linux]
                    steps:
                      - run: echo setting up
                  build:
                    needs: setup
                    runs-on: [self-hosted, linux]
                    strategy:
                      matrix:
                        java: [21]
                    outputs:
                      greeting: ${{ steps.say.outputs.greeting }}
                    steps:
                      - uses: actions/checkout@v4
                      - id: say
                        run: |
                          cat hello.txt
                          echo "java=${{ matrix.java }} from-setup=${{ needs.setup.outputs.v }} sha=$GITHUB_SHA"
                          echo "token ${{ secrets.TOKEN }}"
                          echo "greeting=hi" >> "$GITHUB_OUTPUT"
                """;
        JsonNode scheduler = ApiJson.mapper().readTree("""
                {"needs": {"setup": {"result": "success", "outputs": {"v": "42"}}},
                 "matrix": {"java": 21},
                 "strategy": {"fail-fast": true, "job-index": 0, "job-total": 1, "max-parallel": 1}}""");
        JobId job = queue("build[0]", "build", workflow, scheduler);

        assertThat(agentJobs.completed.poll(120, TimeUnit.SECONDS)).as(console.toString()).isEqualTo(job);

        Job done = new JobStore(db).find(job).orElseThrow();
        String log = new String(new LogStore(db).read(job, 0, 1 << 20).data(), StandardCharsets.UTF_8);
        assertThat(done.conclusion()).as(log).contains(Conclusion.SUCCESS);
        assertThat(done.status()).isEqualTo(Status.COMPLETED);
        assertThat(done.outputs()).isEqualTo(Map.of("greeting", "hi"));
        assertThat(log).contains("hello from the repository", "java=21 from-setup=42 sha=" + sha, "token ***")
                .doesNotContain("s3cret-value");
        assertThat(new StepStore(db).of(job)).extracting(Step::conclusion)
                .containsOnly(Optional.of(StepStatus.SUCCESS));
        assertThat(new StepStore(db).of(job)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Files.exists(temp.resolve("agent").resolve("jobs").resolve(Long.toString(job.value())))).isFalse();
        assertThat(Files.readString(temp.resolve("agent").resolve("credentials.json"))).contains("agent_token");
    }

    @Test
    void aCancelledJobStopsRunsItsAlwaysStepsAndReportsCancelled() throws Exception {
        String workflow = """
                on: push
                jobs:
                  slow:
                    runs-on: self-hosted
                    steps:
                      - run: echo started; sleep 120
                      - if: always()
                        run: echo cleaning up
                """;
        JobId job = queue("slow", "slow", workflow, ApiJson.mapper().createObjectNode());
        for (int i = 0; i < 600 && new StepStore(db).of(job).isEmpty(); i++) {
            Thread.sleep(50);
        }

        agentJobs.cancelled.add(job);

        assertThat(agentJobs.completed.poll(60, TimeUnit.SECONDS)).as(console.toString()).isEqualTo(job);
        Job done = new JobStore(db).find(job).orElseThrow();
        assertThat(done.conclusion()).hasValueSatisfying(c -> assertThat(c).isInstanceOf(Conclusion.Cancelled.class));
        assertThat(new String(new LogStore(db).read(job, 0, 1 << 20).data(), StandardCharsets.UTF_8))
                .contains("started", "cleaning up");
    }

    private JobId queue(String key, String jobId, String workflow, JsonNode scheduler) throws Exception {
        var created = (RunStore.Creation.Created) new RunStore(db).create(new NewRun(repository,
                ".github/workflows/ci.yml", "push", sha, Optional.of("main"), "ada"),
                List.of(new NewRun.Job(key, key, List.of(), List.of("self-hosted"))));
        JobId id = created.jobs().getFirst().id();
        JsonNode payload = ApiJson.mapper().readTree("{\"ref\": \"refs/heads/main\", \"after\": \"" + sha
                + "\", \"repository\": {\"full_name\": \"acme/shop\", \"default_branch\": \"main\"}}");
        agentJobs.specs.put(id, new JobSpec(created.run().id().value(), 1, 1, ".github/workflows/ci.yml", workflow,
                key, jobId, key, new JobSpec.RepositoryRef("acme", "shop", origin.toString(), "main"), sha,
                "refs/heads/main", "push", payload, Map.of(), "ada", "", scheduler, Map.of(),
                Map.of("TOKEN", "s3cret-value"), 10, List.of("self-hosted")));
        new JobQueue(db).enqueue(id);
        signal.queued();
        return id;
    }

    private String registrationToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "/api/v1/agents/registration-tokens"))
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return ApiJson.mapper().readTree(response.body()).get("token").asText();
    }

    private String git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(origin.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
