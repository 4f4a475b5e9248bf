package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as operators run it: real {@code gantry server} and {@code gantry agent} processes on loopback, a real
 * git push, the client commands. Covers the end-to-end path, an agent killed in the middle of a job, and a server
 * killed with SIGKILL several times in the middle of a run.
 */
class ServerProcessIT {

    private static final String ADMIN = "admin-token-for-the-process-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final List<Daemon> daemons = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private String url;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Daemon daemon : daemons) {
            daemon.close();
        }
    }

    @Test
    void a_push_runs_on_a_remote_agent_and_the_client_shows_what_the_api_says() throws Exception {
        Daemon server = startServer(0, 0);
        startAgent("remote-1");
        push("acme/shop", Map.of(".github/workflows/ci.yml", """
                name: ci
                on: push
                jobs:
                  build:
                    runs-on: self-hosted
                    outputs:
                      version: ${{ steps.v.outputs.version }}
                    steps:
                      - id: v
                        run: echo "version=1.2.$GITHUB_RUN_NUMBER" >> "$GITHUB_OUTPUT"
                      - run: echo "built on $RUNNER_NAME"
                  test:
                    needs: build
                    runs-on: [self-hosted, linux]
                    strategy:
                      matrix:
                        suite: [unit, cli]
                    steps:
                      - uses: actions/checkout@v4
                      - run: echo "testing ${{ matrix.suite }} of ${{ needs.build.outputs.version }}"
                      - run: test -f README.md
                """, "README.md", "# shop\n"));

        GantryProcess watch = client("runs", "watch", "1", "--interval", "0.2");
        assertThat(watch.exitCode()).as(watch.out() + watch.err()).isZero();

        JsonNode view = JSON.readTree(client("runs", "view", "1", "--json").out());
        JsonNode apiRun = get("/api/v1/repos/acme/shop/actions/runs/1");
        JsonNode apiJobs = get("/api/v1/repos/acme/shop/actions/runs/1/jobs");
        assertThat(view.get("status").asText()).isEqualTo("completed").isEqualTo(apiRun.get("status").asText());
        assertThat(view.get("conclusion").asText()).isEqualTo("success").isEqualTo(apiRun.get("conclusion").asText());
        assertThat(view.get("head_sha").asText()).isEqualTo(apiRun.get("head_sha").asText()).hasSize(40);
        List<String> viewJobs = new ArrayList<>();
        view.get("jobs").forEach(j -> viewJobs.add(j.get("name").asText() + "=" + j.get("conclusion").asText()));
        List<String> apiJobNames = new ArrayList<>();
        apiJobs.get("jobs").forEach(j -> apiJobNames.add(j.get("name").asText() + "=" + j.get("conclusion").asText()));
        assertThat(viewJobs).containsExactlyInAnyOrderElementsOf(apiJobNames)
                .containsExactlyInAnyOrder("build=success", "test (unit)=success", "test (cli)=success");
        String logs = client("logs", "1").out();
        assertThat(logs).contains("built on remote-1", "testing unit of 1.2.1", "testing cli of 1.2.1");
        assertThat(server.alive()).isTrue();
    }

    @Test
    void a_job_whose_agent_is_killed_fails_with_the_reason_and_never_runs_twice() throws Exception {
        startServer(0, 0);
        Daemon agent = startAgent("doomed");
        Path marker = temp.resolve("started.txt");
        push("acme/slow", Map.of(".github/workflows/slow.yml", """
                on: push
                jobs:
                  slow:
                    runs-on: self-hosted
                    steps:
                      - run: echo started >> "%s" && sleep 120
                """.formatted(marker)));
        awaitTrue(() -> Files.exists(marker), Duration.ofSeconds(60));

        agent.kill();
        long killedAt = System.nanoTime();
        JsonNode job = awaitJob("acme/slow", 1, j -> j.get("status").asText().equals("completed")
                && !j.get("conclusion").isNull(), Duration.ofSeconds(60));
        double seconds = (System.nanoTime() - killedAt) / 1e9;

        assertThat(job.get("conclusion").asText()).as(job.toString()).isEqualTo("failure");
        assertThat(get("/api/v1/repos/acme/slow/actions/runs/1").get("conclusion").asText()).isEqualTo("failure");
        assertThat(client("runs", "view", "1").out()).contains("the agent running it was lost");
        System.out.printf("agent killed mid-job: the job failed %.1f s later%n", seconds);
        assertThat(seconds).as("failed %.1f s after the agent was killed", seconds).isLessThan(35 + 10);
        startAgent("survivor");
        Thread.sleep(3_000);
        assertThat(Files.readAllLines(marker)).containsExactly("started");
    }

    @Test
    void a_server_killed_again_and_again_loses_nothing_and_its_remote_agent_reports_back() throws Exception {
        int port = freePort();
        Daemon server = startServer(port, 0);
        startAgent("steady");
        StringBuilder workflow = new StringBuilder("""
                on: push
                jobs:
                """);
        for (int i = 1; i <= 6; i++) {
            workflow.append("""
                      job%d:
                        runs-on: self-hosted
                    %s    steps:
                          - run: for n in $(seq 1 30); do echo "job%d line $n"; sleep 0.1; done
                    """.formatted(i, i > 2 ? "    needs: job" + (i - 2) + "\n" : "", i));
        }
        push("acme/durable", Map.of(".github/workflows/durable.yml", workflow.toString()));
        for (int crash = 0; crash < 3; crash++) {
            Thread.sleep(1_500 + crash * 700L);
            server.kill();
            server = startServer(port, 0);
        }
        GantryProcess watch = client("runs", "watch", "1", "--interval", "0.3");
        assertThat(watch.exitCode()).as(watch.out() + watch.err()).isZero();

        JsonNode jobs = get("/api/v1/repos/acme/durable/actions/runs/1/jobs").get("jobs");
        assertThat(jobs).hasSize(6);
        for (JsonNode job : jobs) {
            assertThat(job.get("conclusion").asText()).as(job.toString()).isEqualTo("success");
            String log = text("/api/v1/repos/acme/durable/actions/jobs/" + job.get("id").asText() + "/logs");
            for (int n = 1; n <= 30; n++) {
                String line = job.get("name").asText() + " line " + n;
                assertThat(log.lines().filter(l -> l.endsWith(line)).count()).as(line).isEqualTo(1);
            }
        }
        assertThat(get("/api/v1/repos/acme/durable/actions/runs").get("total_count").asInt()).isEqualTo(1);
    }

    @Test
    void jobs_of_the_built_in_agent_fail_with_server_restarted_when_the_server_is_killed() throws Exception {
        int port = freePort();
        Daemon server = startServer(port, 2);
        Path marker = temp.resolve("built-in.txt");
        push("acme/inproc", Map.of(".github/workflows/inproc.yml", """
                on: push
                jobs:
                  long:
                    runs-on: self-hosted
                    steps:
                      - run: echo started >> "%s" && sleep 120
                """.formatted(marker)));
        awaitTrue(() -> Files.exists(marker), Duration.ofSeconds(60));

        server.kill();
        startServer(port, 2);

        JsonNode job = awaitJob("acme/inproc", 1, j -> j.get("status").asText().equals("completed")
                && !j.get("conclusion").isNull(), Duration.ofSeconds(30));
        assertThat(job.get("conclusion").asText()).as(job.toString()).isEqualTo("failure");
        assertThat(client("runs", "view", "1").out()).contains("server restarted");
        assertThat(Files.readAllLines(marker)).containsExactly("started");
    }

    // --- processes ---------------------------------------------------------------------------------------------

    private Daemon startServer(int port, int agents) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("GANTRY_ADMIN_TOKEN", ADMIN,
                "GANTRY_HOME", temp.resolve("server-home").toString()));
        Daemon server = Daemon.start(temp.resolve("logs"), "server-" + daemons.size(), env, "server", "--port",
                Integer.toString(port), "--data-dir", temp.resolve("data").toString(), "--agents",
                Integer.toString(agents));
        daemons.add(server);
        url = server.await("listening on (http://\\S+)", Duration.ofSeconds(60));
        return server;
    }

    private Daemon startAgent(String name) throws Exception {
        String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(url + "/api/v1/agents/registration-tokens"))
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.noBody()))).get("token")
                .asText();
        Daemon agent = Daemon.start(temp.resolve("logs"), "agent-" + name, Map.of("GANTRY_HOME",
                temp.resolve("agent-home-" + name).toString()), "agent", "--server", url, "--token", token,
                "--name", name, "--capacity", "2", "--work-dir", temp.resolve("agent-" + name).toString());
        daemons.add(agent);
        return agent;
    }

    private GantryProcess client(String... args) throws IOException, InterruptedException {
        return GantryProcess.run("", Map.of("GANTRY_SERVER", url, "GANTRY_TOKEN", ADMIN), args);
    }

    /** Creates the repository and pushes one commit with {@code files} to {@code main} with the git program. */
    private void push(String repository, Map<String, String> files) throws Exception {
        GantryProcess created = client("repo", "create", repository);
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path work = Files.createDirectories(temp.resolve("src-" + repository.replace('/', '-')));
        for (var file : files.entrySet()) {
            Path path = work.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        git(work, "init", "-q", "-b", "main");
        git(work, "add", "-A");
        git(work, "-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "Add CI");
        git(work, "push", "-q", url.replace("http://", "http://x:" + ADMIN + "@") + "/git/" + repository + ".git",
                "main");
    }

    private void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GIT_TERMINAL_PROMPT", "0", "GIT_CONFIG_NOSYSTEM", "1",
                "HOME", temp.toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("git " + String.join(" ", args) + ": " + output).isZero();
    }

    // --- API ---------------------------------------------------------------------------------------------------

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(text(path));
    }

    private String text(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + ADMIN).GET());
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    private JsonNode awaitJob(String repository, long run, Predicate<JsonNode> condition, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode jobs = get("/api/v1/repos/" + repository + "/actions/runs/" + run + "/jobs").get("jobs");
            if (jobs.size() > 0 && condition.test(jobs.get(0))) {
                return jobs.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job of run " + run + " did not get there within " + timeout);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
