package dev.gantry.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.Status;
import dev.gantry.server.store.Step;
import dev.gantry.server.store.StepStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The client commands run in-process against a real server on loopback, with stores filled directly. */
class ClientCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<NewRun.Job> TWO_JOBS = List.of(
            new NewRun.Job("build", "Build", List.of(), List.of("linux")),
            new NewRun.Job("test", "Test", List.of("build"), List.of("linux")));

    @TempDir
    Path dataDir;

    private ClientServer server;
    private RepositoryId web;
    private RepositoryId docs;

    @BeforeEach
    void start() throws Exception {
        server = new ClientServer(dataDir);
        web = server.repository("acme", "web");
        docs = server.repository("acme", "docs");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void runsListPrintsATableOfEveryRepositoryOrOneAndJsonWithGitHubsFields() throws Exception {
        Run done = server.run(web, "ci.yml", "push", "main", TWO_JOBS).run();
        server.runs.start(done.id());
        server.runs.complete(done.id(), Conclusion.SUCCESS);
        Run queued = server.run(docs, "pages.yml", "pull_request", "feature", List.of()).run();

        CommandRun all = server.gantry("runs", "list");
        assertThat(all.exitCode()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines.getFirst()).matches("STATUS +TITLE +WORKFLOW +REPOSITORY +BRANCH +EVENT +ID +ELAPSED +AGE");
        assertThat(lines.get(1)).matches("\\* +pages\\.yml +pages\\.yml +acme/docs +feature +pull_request +"
                + queued.id().value() + " +less than a minute ago");
        assertThat(lines.get(2)).matches("✓ +ci\\.yml +ci\\.yml +acme/web +main +push +" + done.id().value()
                + " +\\d+s +less than a minute ago");

        CommandRun one = server.gantry("runs", "list", "--repo", "acme/web");
        assertThat(one.out().lines().toList()).hasSize(2);
        assertThat(one.out()).doesNotContain("REPOSITORY").contains("ci.yml");

        CommandRun json = server.gantry("runs", "list", "--status", "success", "--json");
        JsonNode runs = JSON.readTree(json.out());
        assertThat(runs.isArray()).isTrue();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("id").asLong()).isEqualTo(done.id().value());
        assertThat(runs.get(0).get("conclusion").asText()).isEqualTo("success");
        assertThat(runs.get(0).get("head_branch").asText()).isEqualTo("main");
        assertThat(runs.get(0).get("workflow_run_id")).isNull();

        assertThat(server.gantry("runs", "list", "--branch", "nope").out()).isEqualTo("No runs found.\n");
        CommandRun badStatus = server.gantry("runs", "list", "--status", "bogus");
        assertThat(badStatus.exitCode()).isEqualTo(1);
        assertThat(badStatus.err()).startsWith("gantry runs list: Unknown status \"bogus\"");
    }

    @Test
    void runsViewPrintsTheRunItsJobsAndStepsAndWithJsonTheRunWithItsJobs() throws Exception {
        var created = server.run(web, "ci.yml", "push", "main", TWO_JOBS);
        long id = created.run().id().value();
        Job build = created.jobs().getFirst();
        new StepStore(server.db).record(new Step(build.id(), 1, "Check out", Status.COMPLETED,
                Optional.of(StepStatus.SUCCESS), Optional.of(server.db.now()), Optional.of(server.db.now())));
        new StepStore(server.db).record(new Step(build.id(), 2, "Compile", Status.COMPLETED,
                Optional.of(StepStatus.FAILURE), Optional.of(server.db.now()), Optional.of(server.db.now())));
        new JobStore(server.db).conclude(build.id(), new Conclusion.Failure("exit code 1"));
        new LogStore(server.db).append(build.id(), 0, "compiling\nerror: boom\n".getBytes(StandardCharsets.UTF_8));

        CommandRun view = server.gantry("runs", "view", Long.toString(id));
        assertThat(view.exitCode()).as(view.err()).isZero();
        assertThat(view.out()).startsWith("* main ci.yml · ci.yml #1 · " + id + "\n")
                .contains("Triggered via push less than a minute ago · acme/web · 0123456 · queued")
                .contains("JOBS\nX Build (ID " + build.id().value() + "): exit code 1\n  ✓ Check out\n  X Compile\n* Test (ID ");

        CommandRun withLog = server.gantry("runs", "view", Long.toString(id), "--log");
        assertThat(withLog.out()).contains("==> Build (job " + build.id().value() + ") <==\ncompiling\nerror: boom\n");

        JsonNode json = JSON.readTree(server.gantry("runs", "view", Long.toString(id), "--json").out());
        assertThat(json.get("id").asLong()).isEqualTo(id);
        assertThat(json.get("repository").get("full_name").asText()).isEqualTo("acme/web");
        assertThat(json.get("jobs")).hasSize(2);
        assertThat(json.get("jobs").get(0).get("conclusion").asText()).isEqualTo("failure");
        assertThat(json.get("jobs").get(0).get("steps").get(1).get("name").asText()).isEqualTo("Compile");

        CommandRun otherRepo = server.gantry("runs", "view", Long.toString(id), "--repo", "acme/docs");
        assertThat(otherRepo.exitCode()).isEqualTo(1);
        assertThat(otherRepo.err()).isEqualTo("gantry runs view: No run " + id + " in acme/docs.\n");
    }

    @Test
    void logsPrintsTheRunsLogsOrOneJobsByNameOrId() {
        var created = server.run(web, "ci.yml", "push", "main", TWO_JOBS);
        long id = created.run().id().value();
        LogStore logs = new LogStore(server.db);
        logs.append(created.jobs().get(0).id(), 0, "built\n".getBytes(StandardCharsets.UTF_8));
        logs.append(created.jobs().get(1).id(), 0, "tested\n".getBytes(StandardCharsets.UTF_8));

        CommandRun all = server.gantry("logs", Long.toString(id));
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).isEqualTo("==> Build (job " + created.jobs().get(0).id().value() + ") <==\nbuilt\n\n"
                + "==> Test (job " + created.jobs().get(1).id().value() + ") <==\ntested\n");
        assertThat(server.gantry("logs", Long.toString(id), "--job", "Test").out()).isEqualTo("tested\n");
        assertThat(server.gantry("logs", Long.toString(id), "-j", Long.toString(created.jobs().get(0).id().value()))
                .out()).isEqualTo("built\n");

        CommandRun unknownJob = server.gantry("logs", Long.toString(id), "--job", "deploy");
        assertThat(unknownJob.exitCode()).isEqualTo(1);
        assertThat(unknownJob.err()).contains("No job \"deploy\" in run " + id + "; its jobs are Build (");
    }

    @Test
    void cancelAndRerunReachTheRunControl() throws Exception {
        var created = server.run(web, "ci.yml", "push", "main", TWO_JOBS);
        long id = created.run().id().value();

        CommandRun cancel = server.gantry("runs", "cancel", Long.toString(id));
        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        assertThat(cancel.out()).isEqualTo("✓ Asked to cancel run " + id + " (ci.yml #1 of acme/web).\n");
        CommandRun again = server.gantry("runs", "cancel", Long.toString(id));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("gantry runs cancel: Run " + id + " has already completed.\n");

        CommandRun job = server.gantry("runs", "rerun", Long.toString(id), "--job", "Build");
        assertThat(job.exitCode()).as(job.err()).isZero();
        assertThat(job.out()).startsWith("✓ Requested a re-run of job Build of run " + id);
        server.runs.complete(created.run().id(), new Conclusion.Failure("exit 1"));
        JsonNode failed = JSON.readTree(server.gantry("runs", "rerun", Long.toString(id), "--failed", "--json").out());
        assertThat(failed.get("run_attempt").asInt()).isEqualTo(3);
        assertThat(failed.get("status").asText()).isEqualTo("queued");
        assertThat(server.gantry("runs", "rerun", Long.toString(id), "--failed", "--job", "x").exitCode()).isEqualTo(2);

        assertThat(server.calls).containsExactly("cancel " + id, "cancel " + id, "rerun " + id + " Job[jobKey=build] by alice",
                "rerun " + id + " Failed[] by alice");
    }

    @Test
    void workflowRunDispatchesWithInputsAtTheDefaultBranch() throws Exception {
        CommandRun run = server.gantry("workflow", "run", "deploy.yml", "--repo", "acme/web", "-f", "level=high",
                "-f", "note=a=b");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("✓ Created a workflow_dispatch event for deploy.yml at main in acme/web.\n")
                .containsPattern("Follow it with: gantry runs watch \\d+");
        JsonNode json = JSON.readTree(server.gantry("workflow", "run", "deploy.yml", "-R", "acme/web", "--ref", "v1",
                "--json").out());
        assertThat(json.get("workflow_run_id").asLong()).isPositive();
        assertThat(server.calls).containsExactly(
                "dispatch acme/web .github/workflows/deploy.yml@main {level=high, note=a=b} by alice",
                "dispatch acme/web .github/workflows/deploy.yml@v1 {} by alice");

        CommandRun badField = server.gantry("workflow", "run", "deploy.yml", "-R", "acme/web", "-f", "level");
        assertThat(badField.exitCode()).isEqualTo(2);
        assertThat(badField.err()).isEqualTo("gantry workflow run: -f takes KEY=VALUE, not \"level\".\n");
        CommandRun noRepo = server.gantry("workflow", "run", "deploy.yml", "-R", "acme/nope");
        assertThat(noRepo.exitCode()).isEqualTo(1);
        assertThat(noRepo.err()).isEqualTo("gantry workflow run: No repository acme/nope.\n");
    }

    @Test
    void repoCreateAndList() throws Exception {
        CommandRun created = server.gantry("repo", "create", "acme/api");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("✓ Created repository acme/api.\nPush to it with an API token as the "
                + "password: git push " + server.url() + "/git/acme/api.git main\n");
        JsonNode mirror = JSON.readTree(server.gantry("repo", "create", "acme/lib", "--url",
                "https://example.com/acme/lib.git", "--json").out());
        assertThat(mirror.get("full_name").asText()).isEqualTo("acme/lib");
        assertThat(mirror.get("mirror_url").asText()).isEqualTo("https://example.com/acme/lib.git");

        CommandRun duplicate = server.gantry("repo", "create", "acme/api");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).isEqualTo("gantry repo create: The repository acme/api already exists.\n");
        assertThat(server.gantry("repo", "create", "no-slash").exitCode()).isEqualTo(2);

        List<String> lines = server.gantry("repo", "list").out().lines().toList();
        assertThat(lines.getFirst()).matches("NAME +SOURCE +DEFAULT BRANCH +CREATED");
        assertThat(lines.subList(1, lines.size())).hasSize(4);
        assertThat(lines.get(3)).matches("acme/lib +https://example\\.com/acme/lib\\.git +main +less than a minute ago");
        assertThat(lines.get(4)).startsWith("acme/web").contains("hosted");
        JsonNode list = JSON.readTree(server.gantry("repo", "list", "--json").out());
        assertThat(list.findValuesAsText("full_name")).containsExactly("acme/api", "acme/docs", "acme/lib", "acme/web");
    }

    @Test
    void watchFollowsTheRunUntilItCompletesAndExitsWithItsResult() throws Exception {
        var created = server.run(web, "ci.yml", "push", "main", TWO_JOBS);
        long id = created.run().id().value();
        Thread finisher = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                server.runs.start(created.run().id());
                new StepStore(server.db).record(new Step(created.jobs().getFirst().id(), 1, "Compile",
                        Status.COMPLETED, Optional.of(StepStatus.SUCCESS), Optional.of(server.db.now()),
                        Optional.of(server.db.now())));
                Thread.sleep(300);
                new JobStore(server.db).conclude(created.jobs().get(0).id(), Conclusion.SUCCESS);
                new JobStore(server.db).conclude(created.jobs().get(1).id(), Conclusion.SUCCESS);
                server.runs.complete(created.run().id(), Conclusion.SUCCESS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CommandRun watch = server.gantry("runs", "watch", Long.toString(id), "--interval", "0.05");
        finisher.join();
        assertThat(watch.exitCode()).as(watch.err()).isZero();
        assertThat(watch.out()).startsWith("Watching run " + id + " (ci.yml #1 of acme/web)…\n")
                .contains("[0/2 jobs done]", "  ✓ Build › Compile", "✓ Build success", "[2/2 jobs done]")
                .endsWith("Run " + id + " completed with success.\n");

        Run failed = server.run(web, "ci.yml", "push", "main", List.of()).run();
        server.runs.complete(failed.id(), new Conclusion.Failure("no"));
        CommandRun failedWatch = server.gantry("runs", "watch", Long.toString(failed.id().value()));
        assertThat(failedWatch.exitCode()).isEqualTo(1);
        assertThat(failedWatch.out()).endsWith("completed with failure.\n");
    }

    @Test
    void errorsAreOneSentenceWithTheRightExitCode() throws Exception {
        CommandRun unknown = server.gantry("runs", "view", "424242");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("gantry runs view: No run 424242.\n");

        CommandRun wrongToken = CommandRun.of("runs", "list", "--server", server.url(), "--token", "wrong");
        assertThat(wrongToken.exitCode()).isEqualTo(1);
        assertThat(wrongToken.err()).isEqualTo("gantry runs list: Requires authentication: send Authorization: "
                + "Bearer TOKEN with a valid token.\n");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CommandRun noServer = CommandRun.of("repo", "list", "--server", "http://127.0.0.1:" + closedPort,
                "--token", "t");
        assertThat(noServer.exitCode()).isEqualTo(1);
        assertThat(noServer.err()).isEqualTo("gantry repo list: Cannot reach the Gantry server at http://127.0.0.1:"
                + closedPort + ": nothing answers there (is it running?).\n");
        assertThat(noServer.err()).doesNotContain("Exception");

        CommandRun badUrl = CommandRun.of("repo", "list", "--server", "localhost:8080", "--token", "t");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("is not an http:// or https:// URL");

        if (System.getenv("GANTRY_TOKEN") == null) {
            CommandRun noToken = CommandRun.of("runs", "list", "--server", server.url());
            assertThat(noToken.exitCode()).isEqualTo(2);
            assertThat(noToken.err()).isEqualTo("gantry runs list: no token: pass --token TOKEN or set GANTRY_TOKEN.\n");
        }
        if (System.getenv("GANTRY_SERVER") == null) {
            CommandRun noServerSetting = CommandRun.of("logs", "1", "--token", "t");
            assertThat(noServerSetting.exitCode()).isEqualTo(2);
            assertThat(noServerSetting.err()).isEqualTo("gantry logs: no server: pass --server URL or set GANTRY_SERVER.\n");
        }
    }
}
