package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static dev.gantry.server.http.LoopbackApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancel, re-run and dispatch over real HTTP, handed to a recording run control that changes the stores. */
class RunControlRoutesTest {

    private static final String WEB = "/api/v1/repos/acme/web/actions";
    private static final List<NewRun.Job> ONE_JOB = List.of(new NewRun.Job("build", "Build", List.of(), List.of("linux")));

    @TempDir
    Path dataDir;

    private LoopbackApi api;
    private RecordingRunControl control;
    private RepositoryId web;

    @BeforeEach
    void start() throws Exception {
        api = new LoopbackApi(dataDir, db -> {
            control = new RecordingRunControl(db);
            return List.of(RunControlRoutes.of(db, control));
        });
        web = api.repository("acme", "web");
        api.repository("acme", "other");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void cancelAnswers202AndTheRunIsCancelled() throws Exception {
        Run run = api.run(web, "ci.yml", "push", "main", "a".repeat(40), ONE_JOB).run();

        HttpResponse<String> response = api.post(WEB + "/runs/" + run.id().value() + "/cancel", "");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).isObject()).isTrue();
        assertThat(control.calls).containsExactly("cancel " + run.id().value() + " by alice");
        Run stored = new RunStore(api.db).find(run.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.COMPLETED);
        assertThat(stored.conclusion()).hasValueSatisfying(c -> assertThat(c.result()).isEqualTo("cancelled"));

        HttpResponse<String> again = api.post(WEB + "/runs/" + run.id().value() + "/cancel", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("message").asText()).isEqualTo("Run " + run.id().value() + " has already completed.");
    }

    @Test
    void rerunsOfAllFailedOrOneJobAnswer201WithTheScopeAndTheTokensName() throws Exception {
        var created = api.run(web, "ci.yml", "push", "main", "a".repeat(40), ONE_JOB);
        long id = created.run().id().value();
        RunStore runs = new RunStore(api.db);

        HttpResponse<String> notDone = api.post(WEB + "/runs/" + id + "/rerun", "");
        assertThat(notDone.statusCode()).isEqualTo(409);
        assertThat(json(notDone).get("message").asText()).contains("has not completed");

        runs.complete(created.run().id(), new Conclusion.Failure("exit 1"));
        assertThat(api.post(WEB + "/runs/" + id + "/rerun", "").statusCode()).isEqualTo(201);
        assertThat(runs.find(created.run().id()).orElseThrow().runAttempt()).isEqualTo(2);

        runs.complete(created.run().id(), new Conclusion.Failure("exit 1"));
        assertThat(api.post(WEB + "/runs/" + id + "/rerun-failed-jobs", "").statusCode()).isEqualTo(201);

        runs.complete(created.run().id(), new Conclusion.Failure("exit 1"));
        long jobId = runs.jobs(created.run().id()).getFirst().id().value();
        assertThat(api.post(WEB + "/jobs/" + jobId + "/rerun", "").statusCode()).isEqualTo(201);

        assertThat(control.calls).containsExactly(
                "rerun " + id + " all by alice", "rerun " + id + " all by alice",
                "rerun " + id + " failed by alice", "rerun " + id + " job build by alice");
    }

    @Test
    void aRunOrJobOfAnotherRepositoryIsUnknownAndTheControlIsNotAsked() throws Exception {
        var created = api.run(web, "ci.yml", "push", "main", "a".repeat(40), ONE_JOB);
        long id = created.run().id().value();
        long jobId = created.jobs().getFirst().id().value();

        HttpResponse<String> otherRepo = api.post("/api/v1/repos/acme/other/actions/runs/" + id + "/cancel", "");
        assertThat(otherRepo.statusCode()).isEqualTo(404);
        assertThat(json(otherRepo).get("message").asText()).isEqualTo("No run " + id + " in acme/other.");
        assertThat(api.post("/api/v1/repos/acme/other/actions/jobs/" + jobId + "/rerun", "").statusCode())
                .isEqualTo(404);
        assertThat(api.post(WEB + "/runs/999999/rerun", "").statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/repos/acme/nope/actions/runs/" + id + "/cancel", "").statusCode())
                .isEqualTo(404);
        assertThat(control.calls).isEmpty();
    }

    @Test
    void dispatchTakesTheFileNameARefAndInputsAndAnswers204() throws Exception {
        HttpResponse<String> response = api.post(WEB + "/workflows/deploy.yml/dispatches",
                "{\"ref\":\"main\",\"inputs\":{\"level\":\"high\",\"dry\":true,\"count\":3}}");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(control.calls).containsExactly(
                "dispatch acme/web .github/workflows/deploy.yml@main {level=high, dry=true, count=3} by alice");
        Run dispatched = new RunStore(api.db).list(dev.gantry.server.store.RunQuery.latest(1)).getFirst();
        assertThat(dispatched.event()).isEqualTo("workflow_dispatch");

        HttpResponse<String> details = api.post(WEB + "/workflows/.github%2Fworkflows%2Fdeploy.yml/dispatches",
                "{\"ref\":\"main\",\"return_run_details\":true}");
        assertThat(details.statusCode()).isEqualTo(200);
        JsonNode body = json(details);
        assertThat(body.get("workflow_run_id").asLong()).isGreaterThan(dispatched.id().value());
        assertThat(body.get("run_url").asText()).startsWith("/api/v1/repos/acme/web/actions/runs/");
    }

    @Test
    void dispatchRefusalsNameTheField() throws Exception {
        HttpResponse<String> noRef = api.post(WEB + "/workflows/deploy.yml/dispatches", "{}");
        assertThat(noRef.statusCode()).isEqualTo(422);
        assertThat(json(noRef).get("message").asText()).contains("\"ref\"");
        HttpResponse<String> badInputs = api.post(WEB + "/workflows/deploy.yml/dispatches",
                "{\"ref\":\"main\",\"inputs\":[1]}");
        assertThat(badInputs.statusCode()).isEqualTo(422);
        assertThat(json(badInputs).get("message").asText()).contains("\"inputs\"");
        HttpResponse<String> notJson = api.post(WEB + "/workflows/deploy.yml/dispatches", "ref=main");
        assertThat(notJson.statusCode()).isEqualTo(400);

        HttpResponse<String> missing = api.post(WEB + "/workflows/missing.yml/dispatches", "{\"ref\":\"main\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asText()).isEqualTo("No workflow .github/workflows/missing.yml at main.");
        HttpResponse<String> refused = api.post(WEB + "/workflows/deploy.yml/dispatches", "{\"ref\":\"bad\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("message").asText()).contains("\"level\"");
    }

    @Test
    void aKnownPathWithTheWrongMethodIs405() throws Exception {
        Run run = api.run(web, "ci.yml", "push", "main", "a".repeat(40), ONE_JOB).run();
        HttpResponse<String> response = api.get(WEB + "/runs/" + run.id().value() + "/cancel");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).get("message").asText()).startsWith("Method not allowed: GET");
        assertThat(control.calls).isEmpty();
    }
}
