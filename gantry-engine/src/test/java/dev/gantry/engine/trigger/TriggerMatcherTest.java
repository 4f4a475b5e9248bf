package dev.gantry.engine.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.PlainFolder;
import dev.gantry.engine.event.Webhooks;
import dev.gantry.engine.trigger.MatchResult.Reason;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Filters;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Triggers;
import dev.gantry.workflow.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trigger decisions for events built from real webhook payloads. */
class TriggerMatcherTest {

    private static final EventBuilder EVENTS = new EventBuilder(new PlainFolder("hello-world"));

    /** push/with-new-branch: branch master, one commit adding README.md, message "Initial commit". */
    private static final String NEW_BRANCH = "push/with-new-branch.payload.json";

    static Workflow workflow(String on) {
        String yaml = "on:\n" + on.indent(2) + "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
        Parsed<Workflow> parsed = WorkflowReader.read("ci.yml", yaml);
        assertThat(parsed.value()).as("workflow parses: %s", parsed.diagnostics()).isPresent();
        return parsed.value().orElseThrow();
    }

    static Event event(String name, String payload) {
        return EVENTS.build(name, Webhooks.load(payload), Map.of());
    }

    static MatchResult match(String on, Event event) {
        return TriggerMatcher.match(workflow(on), event);
    }

    static void assertNotMatched(MatchResult result, Reason reason, String message) {
        assertThat(result).isEqualTo(new MatchResult.NotMatched(reason, message));
    }

    @Test
    void anEventTheWorkflowDoesNotListIsNamed() {
        assertNotMatched(match("[pull_request, workflow_dispatch]", event("push", NEW_BRANCH)), Reason.EVENT,
                "on does not list push (it lists pull_request, workflow_dispatch)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "push",
            "[push, pull_request]",
            "{push: {branches: [master]}}",
            "{push: {branches: ['ma*']}}",
            "{push: {branches-ignore: [main, 'feature/**']}}",
            "{push: {paths: ['*.md']}}",
            "{push: {paths: ['**']}}",
            "{push: {paths-ignore: ['docs/**']}}",
            "{push: {branches: [master], tags: ['v*']}}",
            "{push: {branches: []}}",
    })
    void pushOfMasterAddingTheReadmeMatches(String on) {
        assertThat(match(on, event("push", NEW_BRANCH)).matched()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{push: {branches: [main]}}|BRANCH|branch \"master\" is not selected by on.push.branches",
            "{push: {branches: [main, '!master']}}|BRANCH|branch \"master\" is not selected by on.push.branches",
            "{push: {branches-ignore: ['mas*']}}|BRANCH|branch \"master\" is ignored by on.push.branches-ignore",
            "{push: {tags: ['v*']}}|BRANCH|branch \"master\": on.push filters only tags",
            "{push: {paths: ['src/**']}}|PATHS|none of the 1 changed files is selected by on.push.paths",
            "{push: {paths: ['**', '!README.md']}}|PATHS|none of the 1 changed files is selected by on.push.paths",
            "{push: {paths-ignore: ['*.md']}}|PATHS|every changed file (1) is ignored by on.push.paths-ignore",
    })
    void pushOfMasterAddingTheReadmeIsFilteredOut(String on, Reason reason, String message) {
        assertNotMatched(match(on, event("push", NEW_BRANCH)), reason, message);
    }

    @Test
    void tagPushesUseTagFiltersAndIgnorePaths() {
        Event tagPush = EVENTS.build("push", Payload.with(Payload.with(Webhooks.load(NEW_BRANCH),
                "ref", new Value.Str("refs/tags/v1.2.0")), "created", Value.TRUE), Map.of());

        assertThat(match("{push: {tags: ['v1.*']}}", tagPush).matched()).isTrue();
        assertThat(match("{push: {tags: ['v*'], paths: ['src/**']}}", tagPush).matched()).isTrue();
        assertNotMatched(match("{push: {tags: ['v2.*']}}", tagPush), Reason.TAG,
                "tag \"v1.2.0\" is not selected by on.push.tags");
        assertNotMatched(match("{push: {tags-ignore: ['v1.*']}}", tagPush), Reason.TAG,
                "tag \"v1.2.0\" is ignored by on.push.tags-ignore");
        assertNotMatched(match("{push: {branches: ['**']}}", tagPush), Reason.TAG,
                "tag \"v1.2.0\": on.push filters only branches");
    }

    @Test
    void aPushThatDeletedItsRefRunsNothing() {
        assertNotMatched(match("push", event("push", "push/1.payload.json")), Reason.DELETED_REF,
                "the push deleted refs/tags/simple-tag; there is no commit to run");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fix typo [skip ci]|[skip ci]",
            "[ci skip] docs|[ci skip]",
            "wip [no ci]|[no ci]",
            "[skip actions]|[skip actions]",
            "chore [actions skip]|[actions skip]",
    })
    void skipMarkersInTheHeadCommitSkipPushes(String message, String marker) {
        Event push = pushWithMessage(message);

        assertNotMatched(match("push", push), Reason.SKIP_MARKER, "the head commit's message holds " + marker);
        assertThat(match("workflow_dispatch", EVENTS.build("workflow_dispatch")).matched()).isTrue();
    }

    @Test
    void skipChecksTrailerSkipsPushes() {
        assertThat(match("push", pushWithMessage("Update docs\n\n\nskip-checks: true")).matched()).isFalse();
        assertThat(match("push", pushWithMessage("Update docs\n\nskip-checks: false")).matched()).isTrue();
    }

    private static Event pushWithMessage(String message) {
        Value.Obj payload = Webhooks.load(NEW_BRANCH);
        Value.Obj head = new Payload(payload).object("head_commit").orElseThrow();
        return EVENTS.build("push", Payload.with(payload, "head_commit",
                Payload.with(head, "message", new Value.Str(message))), Map.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pull_request/opened.with-organization.payload.json|true",
            "pull_request/synchronize.payload.json|true",
            "pull_request/reopened.payload.json|true",
            "pull_request/labeled.with-organization.payload.json|false",
            "pull_request/converted_to_draft.payload.json|false",
            "pull_request/locked.payload.json|false",
    })
    void pullRequestsTriggerOnOpenedSynchronizeAndReopenedByDefault(String payload, boolean matched) {
        MatchResult result = match("pull_request", event("pull_request", payload));

        assertThat(result.matched()).isEqualTo(matched);
        if (!matched) {
            assertThat(((MatchResult.NotMatched) result).reason()).isEqualTo(Reason.ACTIVITY_TYPE);
            assertThat(result.describe()).endsWith("is not one of on.pull_request.types (by default): "
                    + "opened, synchronize, reopened");
        }
    }

    @Test
    void writtenTypesReplaceTheDefault() {
        Event labeled = event("pull_request", "pull_request/labeled.with-organization.payload.json");
        Event opened = event("pull_request", "pull_request/opened.with-organization.payload.json");

        assertThat(match("{pull_request: {types: [labeled]}}", labeled).matched()).isTrue();
        assertNotMatched(match("{pull_request: {types: [labeled, closed]}}", opened), Reason.ACTIVITY_TYPE,
                "activity type \"opened\" is not one of on.pull_request.types: labeled, closed");
    }

    @Test
    void pullRequestBranchFiltersTestTheBaseBranch() {
        Event pr = event("pull_request", "pull_request/synchronize.payload.json"); // changes -> master

        assertThat(match("{pull_request: {branches: [master]}}", pr).matched()).isTrue();
        assertNotMatched(match("{pull_request: {branches: [changes]}}", pr), Reason.BRANCH,
                "branch \"master\" is not selected by on.pull_request.branches");
        assertNotMatched(match("{pull_request: {branches-ignore: [master]}}", pr), Reason.BRANCH,
                "branch \"master\" is ignored by on.pull_request.branches-ignore");
        // Without a repository the diff is not known: GitHub then runs whatever the path filters say.
        assertThat(match("{pull_request: {paths: ['src/**']}}", pr).matched()).isTrue();
    }

    @Test
    void pullRequestTargetHasTheSameDefaultTypes() {
        Event target = event("pull_request_target", "pull_request/synchronize.payload.json");
        Event labeled = event("pull_request_target", "pull_request/labeled.with-organization.payload.json");

        assertThat(match("pull_request_target", target).matched()).isTrue();
        assertThat(match("pull_request_target", labeled).matched()).isFalse();
        assertThat(match("pull_request", target).matched()).isFalse();
    }

    @Test
    void workflowRunNeedsTheWorkflowListedAndItsTypeAndBranch() {
        Event completed = event("workflow_run", "workflow_run/completed.payload.json"); // "test" on master
        Event requested = event("workflow_run", "workflow_run/requested.with-conclusion.payload.json");

        assertThat(match("{workflow_run: {workflows: [test]}}", completed).matched()).isTrue();
        assertThat(match("{workflow_run: {workflows: [test]}}", requested).matched()).isTrue();
        assertThat(match("{workflow_run: {workflows: [build, test], types: [completed], branches: [master]}}",
                completed).matched()).isTrue();
        assertNotMatched(match("{workflow_run: {workflows: [test], types: [completed]}}", requested),
                Reason.ACTIVITY_TYPE, "activity type \"requested\" is not one of on.workflow_run.types: completed");
        assertNotMatched(match("{workflow_run: {workflows: [build]}}", completed), Reason.WORKFLOW,
                "workflow \"test\" is not listed in on.workflow_run.workflows");
        assertNotMatched(match("{workflow_run: {workflows: [test], branches: [main]}}", completed), Reason.BRANCH,
                "branch \"master\" is not selected by on.workflow_run.branches");
    }

    @Test
    void otherEventsMatchByNameAndTypes() {
        Event issue = event("issues", "issues/opened.payload.json");
        Event release = event("release", "release/published.payload.json");

        assertThat(match("issues", issue).matched()).isTrue();
        assertThat(match("{issues: {types: [opened, edited]}}", issue).matched()).isTrue();
        assertNotMatched(match("{issues: {types: [closed]}}", issue), Reason.ACTIVITY_TYPE,
                "activity type \"opened\" is not one of on.issues.types: closed");
        assertThat(match("{release: {types: [published]}}", release).matched()).isTrue();
        assertThat(match("create", event("create", "create/payload.json")).matched()).isTrue();
        assertThat(match("{repository_dispatch: {types: [on-demand-test]}}",
                event("repository_dispatch", "repository_dispatch/payload.json")).matched()).isTrue();
    }

    @Test
    void mergeGroupBranchFiltersTestTheBaseBranch() {
        Event group = event("merge_group", "merge_group/checks_requested.payload.json"); // base refs/heads/main

        assertThat(match("{merge_group: {branches: [main]}}", group).matched()).isTrue();
        assertNotMatched(match("{merge_group: {branches: [release]}}", group), Reason.BRANCH,
                "branch \"main\" is not selected by on.merge_group.branches");
    }

    @Test
    void dispatchAndCallMatchWhenListed() {
        assertThat(match("workflow_dispatch", event("workflow_dispatch", "workflow_dispatch/payload.json")))
                .isInstanceOf(MatchResult.Matched.class);
        assertThat(match("{workflow_call: {inputs: {x: {type: string}}}}", EVENTS.build("workflow_call")).matched())
                .isTrue();
    }

    @Test
    void scheduleMatchesTheCronThatFired() {
        String on = "{schedule: [{cron: '0 3 * * *'}, {cron: '*/15 * * * *'}]}";
        Event fired = EVENTS.build("schedule", new Value.Obj(Map.of("schedule", new Value.Str("*/15 * * * *"))),
                Map.of());
        Event other = EVENTS.build("schedule", new Value.Obj(Map.of("schedule", new Value.Str("0 4 * * *"))),
                Map.of());

        assertThat(match(on, fired).matched()).isTrue();
        assertThat(match(on, EVENTS.build("schedule")).matched()).isTrue();
        assertNotMatched(match(on, other), Reason.SCHEDULE, "the cron \"0 4 * * *\" that fired is not one of on.schedule");
    }

    @Test
    void aFilterThatDoesNotCompileIsTheReason() {
        Filters filters = new Filters(Map.of("branches", List.of(new Named("[", Span.NONE))));
        Workflow workflow = new Workflow(Optional.empty(), Optional.empty(), new Triggers(
                List.of(new Trigger.Event("push", List.of(), filters, List.of(), Span.NONE)), Span.NONE),
                Optional.empty(), EnvMap.EMPTY, Optional.empty(), Optional.empty(), Map.of(), Span.NONE);

        MatchResult result = TriggerMatcher.match(workflow, event("push", NEW_BRANCH));

        assertThat(result).isInstanceOf(MatchResult.NotMatched.class);
        assertThat(((MatchResult.NotMatched) result).reason()).isEqualTo(Reason.INVALID_FILTER);
        assertThat(result.describe()).startsWith("on.push has invalid filters: ");
    }

    @Test
    void matchedSaysWhichTrigger() {
        MatchResult result = match("[workflow_dispatch, push]", event("push", NEW_BRANCH));

        assertThat(result.describe()).isEqualTo("triggered by push");
        assertThat(((MatchResult.Matched) result).trigger().event()).isEqualTo("push");
    }

    @Test
    void everyPayloadGetsAnAnswerForEveryEventShape() {
        List<String> ons = List.of("push", "pull_request", "{push: {branches: [main], paths: ['src/**']}}",
                "{pull_request: {types: [closed], branches-ignore: ['x']}}", "workflow_dispatch", "issues");
        for (String path : Webhooks.all()) {
            Event event = event(Webhooks.eventOf(path), path);
            for (String on : ons) {
                assertThat(match(on, event).describe()).isNotBlank();
            }
        }
    }
}
