package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.NewRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static dev.gantry.server.http.LoopbackApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs across repositories, a run by its global id, a run's whole log, and the workflows known from runs. */
class RunReadRoutesTest {

    @TempDir
    Path dataDir;

    private LoopbackApi api;
    private RepositoryId web;
    private RepositoryId docs;

    @BeforeEach
    void start() throws Exception {
        api = new LoopbackApi(dataDir, db -> List.of());
        web = api.repository("acme", "web");
        docs = api.repository("acme", "docs");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void runsOfEveryRepositoryAreListedNewestFirstWithTheirRepositoryAndFilteredByTheDatabase() throws Exception {
        long first = api.run(web, "ci.yml", "push", "main", "a".repeat(40), List.of()).run().id().value();
        long second = api.run(docs, "pages.yml", "push", "main", "b".repeat(40), List.of()).run().id().value();
        long third = api.run(web, "ci.yml", "pull_request", "feature", "c".repeat(40), List.of()).run().id().value();

        JsonNode all = json(api.get("/api/v1/runs"));
        assertThat(all.get("total_count").asInt()).isEqualTo(3);
        assertThat(ids(all)).containsExactly(third, second, first);
        assertThat(all.get("workflow_runs").get(1).get("repository").get("full_name").asText()).isEqualTo("acme/docs");

        JsonNode bySha = json(api.get("/api/v1/runs?head_sha=" + "b".repeat(40)));
        assertThat(ids(bySha)).containsExactly(second);
        JsonNode page = json(api.get("/api/v1/repos/acme/web/actions/runs?per_page=1&page=2&event=push"));
        assertThat(page.get("total_count").asInt()).isEqualTo(1);
        assertThat(page.get("workflow_runs")).isEmpty();
        JsonNode branch = json(api.get("/api/v1/runs?branch=feature&status=queued"));
        assertThat(ids(branch)).containsExactly(third);
        assertThat(api.get("/api/v1/runs?page=x").statusCode()).isEqualTo(422);
    }

    @Test
    void aRunIsFoundByItsIdAlone() throws Exception {
        long id = api.run(docs, "pages.yml", "push", "main", "b".repeat(40), List.of()).run().id().value();
        JsonNode run = json(api.get("/api/v1/runs/" + id));
        assertThat(run.get("id").asLong()).isEqualTo(id);
        assertThat(run.get("path").asText()).isEqualTo(".github/workflows/pages.yml");
        assertThat(run.get("repository").get("full_name").asText()).isEqualTo("acme/docs");

        HttpResponse<String> unknown = api.get("/api/v1/runs/424242");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("message").asText()).isEqualTo("No run 424242.");
    }

    @Test
    void aRunsLogIsEveryJobsLogAfterAHeader() throws Exception {
        var created = api.run(web, "ci.yml", "push", "main", "a".repeat(40), List.of(
                new NewRun.Job("build", "Build", List.of(), List.of("linux")),
                new NewRun.Job("test", "Test", List.of("build"), List.of("linux")),
                new NewRun.Job("lint", "Lint", List.of(), List.of("linux"))));
        LogStore logs = new LogStore(api.db);
        var build = created.jobs().get(0).id();
        var test = created.jobs().get(1).id();
        logs.append(build, 0, "compiling\n".getBytes(StandardCharsets.UTF_8));
        logs.append(build, 1, "done\n".getBytes(StandardCharsets.UTF_8));
        logs.append(test, 0, "no newline at the end".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> log = api.get("/api/v1/repos/acme/web/actions/runs/" + created.run().id().value() + "/logs");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(log.body()).isEqualTo(
                "==> Build (job " + build.value() + ") <==\ncompiling\ndone\n"
                        + "\n==> Test (job " + test.value() + ") <==\nno newline at the end\n"
                        + "\n==> Lint (job " + created.jobs().get(2).id().value() + ") <==\n");
        assertThat(api.get("/api/v1/repos/acme/docs/actions/runs/" + created.run().id().value() + "/logs")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void workflowsAreTheFilesThatHaveRuns() throws Exception {
        api.run(web, "ci.yml", "push", "main", "a".repeat(40), List.of());
        api.run(web, "ci.yml", "push", "main", "b".repeat(40), List.of());
        api.run(web, "deploy.yml", "workflow_dispatch", "main", "b".repeat(40), List.of());

        JsonNode workflows = json(api.get("/api/v1/repos/acme/web/actions/workflows"));
        assertThat(workflows.get("total_count").asInt()).isEqualTo(2);
        assertThat(workflows.get("workflows").findValuesAsText("path"))
                .containsExactly(".github/workflows/ci.yml", ".github/workflows/deploy.yml");
        assertThat(workflows.get("workflows").get(0).get("name").asText()).isEqualTo("ci.yml");
        assertThat(workflows.get("workflows").get(0).get("state").asText()).isEqualTo("active");
        assertThat(json(api.get("/api/v1/repos/acme/docs/actions/workflows")).get("total_count").asInt()).isZero();
    }

    private static List<Long> ids(JsonNode listing) {
        List<Long> ids = new java.util.ArrayList<>();
        listing.get("workflow_runs").forEach(run -> ids.add(run.get("id").asLong()));
        return ids;
    }
}
