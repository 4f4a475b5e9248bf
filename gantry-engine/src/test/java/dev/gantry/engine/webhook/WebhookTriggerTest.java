package dev.gantry.engine.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.WorkflowDispatch;
import dev.gantry.engine.trigger.MatchResult;
import dev.gantry.engine.trigger.MatchResult.Reason;
import dev.gantry.engine.trigger.TriggerMatcher;
import dev.gantry.engine.webhook.DeliveryOutcome.Accepted;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.model.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events from real deliveries against representative workflows: branch, tag and path filters and activity
 * {@code types} decide as on GitHub.
 */
class WebhookTriggerTest {

    /** Branch master of Codertocat/Hello-World created with one commit adding README.md. */
    private static final String NEW_BRANCH = "push/with-new-branch.payload.json";
    /** Pull request #2, changes → master, label "bug". */
    private static final String SYNCHRONIZE = "pull_request/synchronize.payload.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliveryReader reader = new DeliveryReader();

    static Workflow workflow(String on) {
        String yaml = "on:\n" + on.indent(2) + "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
        Parsed<Workflow> parsed = WorkflowReader.read("ci.yml", yaml);
        assertThat(parsed.value()).as("workflow parses: %s", parsed.diagnostics()).isPresent();
        return parsed.value().orElseThrow();
    }

    private Accepted deliver(String event, byte[] body) {
        DeliveryOutcome outcome = reader.read(Deliveries.github(event, body), Deliveries.SECRET);
        assertThat(outcome).isInstanceOf(Accepted.class);
        return (Accepted) outcome;
    }

    private Event event(String path) {
        return deliver(path.substring(0, path.indexOf('/')), Deliveries.payload(path)).event();
    }

    /** The payload at {@code path}, changed by {@code edit}. */
    private static byte[] edited(String path, Consumer<ObjectNode> edit) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(Deliveries.payload(path));
            edit.accept(node);
            return node.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MatchResult match(String on, Event event) {
        return TriggerMatcher.match(workflow(on), event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "push                                  | true",
            "push: {branches: [master]}            | true",
            "push: {branches: ['release/**']}      | false",
            "push: {branches-ignore: [master]}     | false",
            "push: {tags: ['v*']}                  | false",
            "push: {paths: ['**.md']}              | true",
            "push: {paths: ['src/**']}             | false",
            "push: {paths-ignore: [README.md]}     | false",
            "push: {branches: [master], paths: [README.md]} | true",
            "pull_request                          | false"})
    void aBranchPushHonoursBranchAndPathFilters(String on, boolean matched) {
        assertThat(match(on, event(NEW_BRANCH)).matched()).as(on).isEqualTo(matched);
    }

    @Test
    void theReasonNamesTheFilterThatRejected() {
        assertThat(match("push: {paths: ['src/**']}", event(NEW_BRANCH))).isEqualTo(new MatchResult.NotMatched(
                Reason.PATHS, "none of the 1 changed files is selected by on.push.paths"));
        assertThat(match("push: {branches: ['release/**']}", event(NEW_BRANCH))).isEqualTo(
                new MatchResult.NotMatched(Reason.BRANCH,
                        "branch \"master\" is not selected by on.push.branches"));
    }

    @Test
    void aTagPushHonoursTagFilters() {
        Event tag = deliver("push", edited("push/1.payload.json", p -> {
            p.put("deleted", false);
            p.put("created", true);
            p.put("after", "6113728f27ae82c7b1a177c8d03f9e96e0adf246");
        })).event();
        assertThat(tag.revision().ref()).isEqualTo("refs/tags/simple-tag");
        assertThat(match("push: {tags: ['simple-*']}", tag).matched()).isTrue();
        assertThat(match("push: {tags: ['v*']}", tag).matched()).isFalse();
        assertThat(match("push: {branches: [master]}", tag)).isEqualTo(new MatchResult.NotMatched(Reason.TAG,
                "tag \"simple-tag\": on.push filters only branches"));
    }

    @Test
    void aPushThatDeletedItsRefStartsNothing() {
        assertThat(match("push: {tags: ['simple-*']}", event("push/1.payload.json"))).isEqualTo(
                new MatchResult.NotMatched(Reason.DELETED_REF,
                        "the push deleted refs/tags/simple-tag; there is no commit to run"));
    }

    @Test
    void aPushListingMoreCommitsThanGithubDiffsPassesPathFiltersAndSaysSo() {
        int limit = DeliveryEvents.PATH_FILTER_COMMIT_LIMIT;
        Accepted atLimit = deliver("push", edited(NEW_BRANCH, p -> docsCommits(p, limit)));
        Accepted overLimit = deliver("push", edited(NEW_BRANCH, p -> docsCommits(p, limit + 1)));

        assertThat(match("push: {paths: ['src/**']}", atLimit.event()).matched()).isFalse();
        assertThat(atLimit.notes()).isEmpty();
        assertThat(match("push: {paths: ['src/**']}", overLimit.event()).matched()).isTrue();
        assertThat(overLimit.notes()).containsExactly("the push lists 1001 commits, more than the 1000 GitHub "
                + "computes changed files for, so path filters admit it");
    }

    /** Replaces the commits with {@code count} commits that each modify {@code docs/guide.md}. */
    private static void docsCommits(ObjectNode payload, int count) {
        ObjectNode template = (ObjectNode) payload.withArray("commits").get(0);
        ArrayNode commits = payload.putArray("commits");
        for (int i = 0; i < count; i++) {
            ObjectNode commit = template.deepCopy();
            commit.putArray("added");
            commit.putArray("modified").add("docs/guide.md");
            commits.add(commit);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pull_request/synchronize.payload.json | pull_request                       | true",
            "pull_request/synchronize.payload.json | pull_request: {branches: [master]} | true",
            "pull_request/synchronize.payload.json | pull_request: {branches: [changes]}| false",
            "pull_request/labeled.with-organization.payload.json | pull_request          | false",
            "pull_request/labeled.with-organization.payload.json | pull_request: {types: [labeled]} | true",
            "pull_request/locked.payload.json      | pull_request: {types: [opened, locked]} | true",
            "pull_request/reopened.payload.json    | pull_request: {types: [opened]}    | false",
            "issues/opened.payload.json            | issues: {types: [opened]}          | true",
            "issues/labeled.payload.json           | issues: {types: [opened]}          | false",
            "issues/labeled.payload.json           | issues                             | true",
            "create/payload.json                   | create                             | true",
            "delete/payload.json                   | delete                             | true",
            "release/published.payload.json        | release: {types: [published]}      | true",
            "workflow_dispatch/payload.json        | workflow_dispatch                  | true",
            "workflow_dispatch/payload.json        | push                               | false"})
    void activityTypesAndBaseBranchesDecide(String path, String on, boolean matched) {
        assertThat(match(on, event(path)).matched()).as("%s on %s", on, path).isEqualTo(matched);
    }

    @Test
    void pullRequestTargetWorkflowsRunFromTheSameDelivery() {
        Accepted pr = deliver("pull_request", Deliveries.payload(SYNCHRONIZE));
        Workflow target = workflow("pull_request_target: {branches: [master]}");

        assertThat(TriggerMatcher.match(target, pr.events().get(0)).matched()).isFalse();
        assertThat(TriggerMatcher.match(target, pr.events().get(1)).matched()).isTrue();
    }

    @Test
    void aSkipMarkerInTheHeadCommitMessageSkipsThePush() {
        Event skipped = deliver("push", edited(NEW_BRANCH, p -> ((ObjectNode) p.get("head_commit"))
                .put("message", "Update README [skip ci]"))).event();
        assertThat(match("push", skipped)).isEqualTo(new MatchResult.NotMatched(Reason.SKIP_MARKER,
                "the head commit's message holds [skip ci]"));
    }

    @Test
    void aDispatchCarriesItsInputsAndRef() {
        WorkflowDispatch dispatch = (WorkflowDispatch) event("workflow_dispatch/payload.json");
        assertThat(dispatch.inputs()).containsExactly(java.util.Map.entry("name", "Mona the Octocat"));
        assertThat(dispatch.revision().ref()).isEqualTo("refs/heads/master");
        assertThat(match("workflow_dispatch: {inputs: {name: {type: string}}}", dispatch).matched()).isTrue();
    }
}
