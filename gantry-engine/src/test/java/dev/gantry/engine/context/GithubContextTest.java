package dev.gantry.engine.context;

import static dev.gantry.engine.context.Fixtures.RUN;
import static dev.gantry.engine.context.Fixtures.RUNNER;
import static dev.gantry.engine.context.Fixtures.eval;
import static dev.gantry.engine.context.Fixtures.event;
import static dev.gantry.engine.context.Fixtures.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.Webhooks;
import dev.gantry.workflow.expr.Value;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GithubContextTest {

    private static Value.Obj github(Event event) {
        return GithubContext.of(event, RUN, "build", RUNNER, "");
    }

    @Test
    void pushHasTheDocumentedMembers() {
        Event push = event("push", "push/with-new-branch.payload.json");
        Map<String, Value> github = github(push).members();

        assertThat(github).containsEntry("event_name", str("push"))
                .containsEntry("event", push.payload())
                .containsEntry("sha", str("6113728f27ae82c7b1a177c8d03f9e96e0adf246"))
                .containsEntry("ref", str("refs/heads/master"))
                .containsEntry("ref_name", str("master"))
                .containsEntry("ref_type", str("branch"))
                .containsEntry("ref_protected", Value.FALSE)
                .containsEntry("base_ref", str(""))
                .containsEntry("head_ref", str(""))
                .containsEntry("repository", str("Codertocat/Hello-World"))
                .containsEntry("repository_id", str("186853002"))
                .containsEntry("repository_owner", str("Codertocat"))
                .containsEntry("repository_owner_id", str("21031067"))
                .containsEntry("repositoryUrl", str("git://github.com/Codertocat/Hello-World.git"))
                .containsEntry("actor", str("Codertocat"))
                .containsEntry("actor_id", str("21031067"))
                .containsEntry("triggering_actor", str("Codertocat"))
                .containsEntry("run_id", str("4242"))
                .containsEntry("run_number", str("7"))
                .containsEntry("run_attempt", str("1"))
                .containsEntry("retention_days", str("90"))
                .containsEntry("workflow", str("CI"))
                .containsEntry("workflow_ref", str("Codertocat/Hello-World/.github/workflows/ci.yml@refs/heads/master"))
                .containsEntry("workflow_sha", str("6113728f27ae82c7b1a177c8d03f9e96e0adf246"))
                .containsEntry("job", str("build"))
                .containsEntry("server_url", str("https://github.com"))
                .containsEntry("api_url", str("https://api.github.com"))
                .containsEntry("graphql_url", str("https://api.github.com/graphql"))
                .containsEntry("workspace", str("/ws/repo"))
                .containsEntry("event_path", str("/ws/_temp/event.json"))
                .containsEntry("action", str(""))
                .containsEntry("token", str(""));
    }

    @Test
    void pullRequestsHaveBaseAndHeadRefsAndTheMergeRef() {
        Value.Obj github = github(event("pull_request", "pull_request/synchronize.payload.json"));

        assertThat(github.members()).containsEntry("base_ref", str("master"))
                .containsEntry("head_ref", str("changes"))
                .containsEntry("ref", str("refs/pull/2/merge"))
                .containsEntry("ref_name", str("2/merge"))
                .containsEntry("ref_type", str("branch"));
        assertThat(eval("github.event.pull_request.number", Map.of("github", github))).isEqualTo(new Value.Num(2));
        assertThat(eval("contains(github.event.pull_request.labels.*.name, 'bug')", Map.of("github", github)))
                .isEqualTo(Value.TRUE);
    }

    @Test
    void tagsAreTags() {
        Event tag = Fixtures.event("release", "release/published.payload.json");

        assertThat(github(tag).members()).containsEntry("ref_type", str("tag")).containsEntry("ref_name", str("0.0.1"));
    }

    @ParameterizedTest
    @CsvSource({
            "refs/heads/feature/x, feature/x, branch",
            "refs/tags/v1.2, v1.2, tag",
            "refs/pull/12/merge, 12/merge, branch",
            "refs/notes/x, refs/notes/x, ''",
    })
    void refNameAndType(String ref, String name, String type) {
        assertThat(GithubContext.refName(ref)).isEqualTo(name);
        assertThat(GithubContext.refType(ref)).isEqualTo(type);
    }

    @Test
    void reRunsNameWhoStartedThemAndEnterpriseServersTheirUrls() {
        RunInfo rerun = new RunInfo("9", 3, 2, ".github/workflows/deploy.yml", ".github/workflows/deploy.yml",
                Server.enterprise("https://git.example.com/"), Optional.of("mona"), 30);
        Value.Obj github = GithubContext.of(event("push", "push/with-new-branch.payload.json"), rerun, "deploy",
                RUNNER, "t0ken");

        assertThat(github.members()).containsEntry("run_attempt", str("2"))
                .containsEntry("triggering_actor", str("mona"))
                .containsEntry("actor", str("Codertocat"))
                .containsEntry("retention_days", str("30"))
                .containsEntry("workflow", str(".github/workflows/deploy.yml"))
                .containsEntry("server_url", str("https://git.example.com"))
                .containsEntry("api_url", str("https://git.example.com/api/v3"))
                .containsEntry("graphql_url", str("https://git.example.com/api/graphql"))
                .containsEntry("repositoryUrl", str("git://git.example.com/Codertocat/Hello-World.git"))
                .containsEntry("token", str("t0ken"));
    }

    @Test
    void everyWebhookPayloadGivesAContextWithStringIds() {
        for (String path : Webhooks.all()) {
            Value.Obj github = github(event(Webhooks.eventOf(path), path));
            assertThat(github.members().get("repository")).as(path).isInstanceOf(Value.Str.class);
            assertThat(github.members().get("repository_id")).as(path).isInstanceOf(Value.Str.class);
            assertThat(github.members().get("event")).as(path).isEqualTo(event(Webhooks.eventOf(path), path).payload());
            assertThat(new Payload(github).string("actor")).as(path).isPresent();
        }
    }
}
