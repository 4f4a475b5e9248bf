package dev.gantry.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Events built from real webhook payloads in a folder that is not a git repository. */
class EventBuilderWebhookTest {

    private final EventBuilder builder = new EventBuilder(new PlainFolder("hello-world"));

    private Event build(String name, String payloadPath) {
        return builder.build(name, Webhooks.load(payloadPath), Map.of());
    }

    static List<String> payloads() {
        return Webhooks.all();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyPayloadBuildsAnEventThatKeepsThePayload(String path) {
        Value.Obj payload = Webhooks.load(path);
        Event event = builder.build(Webhooks.eventOf(path), payload, Map.of());

        assertThat(event.name()).isEqualTo(Webhooks.eventOf(path));
        // A few payloads (security_advisory) have no sender: the actor is then the default one.
        assertThat(event.actor()).isEqualTo(new Payload(payload).string("sender", "login")
                .orElse(LocalFacts.DEFAULT_ACTOR));
        payload.members().forEach((key, value) -> assertThat(event.payload().members()).containsEntry(key, value));
        assertThat(event.revision().ref()).startsWith("refs/");
    }

    @Test
    void pushOfANewBranchListsItsCommitAndTheFilesItAdded() {
        Push push = (Push) build("push", "push/with-new-branch.payload.json");

        assertThat(push.ref()).isEqualTo("refs/heads/master");
        assertThat(push.created()).isTrue();
        assertThat(push.deleted()).isFalse();
        assertThat(push.before()).isEqualTo(Revision.ZERO_SHA);
        assertThat(push.revision()).isEqualTo(new Revision("6113728f27ae82c7b1a177c8d03f9e96e0adf246",
                "refs/heads/master"));
        assertThat(push.commits()).hasSize(1);
        assertThat(push.headCommit()).map(Commit::message).contains("Initial commit");
        assertThat(push.changes()).isEqualTo(ChangedFiles.of(List.of("README.md")));
        assertThat(push.pusher()).isEqualTo("Codertocat");
        assertThat(push.payload()).isEqualTo(Webhooks.load("push/with-new-branch.payload.json"));
    }

    @Test
    void pushThatDeletedATagHasNoHeadCommitAndChangedNothing() {
        Push push = (Push) build("push", "push/1.payload.json");

        assertThat(push.deleted()).isTrue();
        assertThat(push.ref()).isEqualTo("refs/tags/simple-tag");
        assertThat(push.headCommit()).isEmpty();
        assertThat(push.changes()).isEqualTo(ChangedFiles.of(List.of()));
    }

    @Test
    void pullRequestRunsOnItsMergeRefAndKnowsBaseHeadAndLabels() {
        PullRequest pr = (PullRequest) build("pull_request", "pull_request/synchronize.payload.json");

        assertThat(pr.name()).isEqualTo("pull_request");
        assertThat(pr.action()).contains("synchronize");
        assertThat(pr.number()).isEqualTo(2);
        assertThat(pr.base()).isEqualTo(new PullRequest.Side("master", "f95f852bd8fca8fcc58a9a2d6c842781e32a215e"));
        assertThat(pr.head()).isEqualTo(new PullRequest.Side("changes", "ec26c3e57ca3a959ca5aad62de7213c562f8c821"));
        assertThat(pr.labels()).containsExactly("bug");
        assertThat(pr.draft()).isFalse();
        assertThat(pr.revision()).isEqualTo(new Revision("ec26c3e57ca3a959ca5aad62de7213c562f8c821",
                "refs/pull/2/merge"));
        assertThat(pr.changes()).isInstanceOf(ChangedFiles.Unknown.class);
    }

    @Test
    void draftFlagComesFromThePayload() {
        PullRequest pr = (PullRequest) build("pull_request", "pull_request/converted_to_draft.payload.json");

        assertThat(pr.draft()).isTrue();
        assertThat(pr.activity()).isEqualTo("converted_to_draft");
    }

    @Test
    void pullRequestTargetRunsOnTheBaseBranch() {
        PullRequest pr = (PullRequest) build("pull_request_target", "pull_request/opened.with-organization.payload.json");

        assertThat(pr.name()).isEqualTo("pull_request_target");
        assertThat(pr.revision().ref()).isEqualTo("refs/heads/master");
        assertThat(pr.revision().sha()).isEqualTo(pr.base().sha());
    }

    @Test
    void dispatchInputsAreStringsAndCommandLineInputsWin() {
        WorkflowDispatch dispatch = (WorkflowDispatch) builder.build("workflow_dispatch",
                Webhooks.load("workflow_dispatch/payload.json"), Map.of("debug", "true"));

        assertThat(dispatch.inputs()).containsExactly(Map.entry("name", "Mona the Octocat"), Map.entry("debug", "true"));
        assertThat(dispatch.revision().ref()).isEqualTo("refs/heads/master");
        assertThat(new Payload(dispatch.payload()).string("inputs", "debug")).contains("true");
    }

    @Test
    void workflowRunNamesTheWorkflowAndBranchThatRan() {
        WorkflowRun run = (WorkflowRun) build("workflow_run", "workflow_run/completed.payload.json");

        assertThat(run.activity()).isEqualTo("completed");
        assertThat(run.workflowName()).isEqualTo("test");
        assertThat(run.headBranch()).isEqualTo("master");
        assertThat(run.conclusion()).isEqualTo("success");
        assertThat(run.revision().ref()).isEqualTo("refs/heads/master");
    }

    @Test
    void otherEventsRunOnTheirOwnRefOrTheDefaultBranch() {
        assertThat(build("release", "release/published.payload.json").revision().ref())
                .isEqualTo("refs/tags/0.0.1");
        assertThat(build("create", "create/payload.json").revision().ref()).isEqualTo("refs/tags/simple-tag");
        assertThat(build("delete", "delete/payload.json").revision().ref()).isEqualTo("refs/heads/master");
        assertThat(build("deployment", "deployment/payload.json").revision())
                .isEqualTo(new Revision("f95f852bd8fca8fcc58a9a2d6c842781e32a215e", "refs/heads/master"));
        assertThat(build("pull_request_review", "pull_request_review/submitted.payload.json").revision().ref())
                .isEqualTo("refs/pull/2/merge");
        assertThat(build("merge_group", "merge_group/checks_requested.payload.json").revision().ref())
                .startsWith("refs/heads/gh-readonly-queue/main/");
        Event issues = build("issues", "issues/opened.payload.json");
        assertThat(issues).isInstanceOf(GenericEvent.class);
        assertThat(issues.action()).contains("opened");
        assertThat(issues.revision()).isEqualTo(new Revision("", "refs/heads/master"));
    }

    @Test
    void aPlainFolderWithoutPayloadGetsActsDefaults() {
        Push push = (Push) builder.build("push");

        assertThat(push.revision()).isEqualTo(new Revision("", "refs/heads/master"));
        assertThat(push.actor()).isEqualTo("gantry");
        assertThat(push.changes()).isInstanceOf(ChangedFiles.Unknown.class);
        Payload payload = new Payload(push.payload());
        assertThat(payload.string("repository", "full_name")).contains("local/hello-world");
        assertThat(payload.string("after")).contains(Revision.ZERO_SHA);
        assertThat(payload.get("head_commit")).contains(Value.NULL);
    }

    @Test
    void scheduleCarriesTheCronThatFired() {
        Schedule schedule = (Schedule) builder.build("schedule",
                new Value.Obj(Map.of("schedule", new Value.Str("*/15 * * * *"))), Map.of());

        assertThat(schedule.cron()).isEqualTo("*/15 * * * *");
        assertThat(((Schedule) builder.build("schedule")).cron()).isEmpty();
    }

    @Test
    void membersOfTheWrongKindReadAsAbsent() {
        Value.Obj odd = new Value.Obj(Map.of("ref", new Value.Num(3), "pull_request", new Value.Str("x"),
                "sender", Value.NULL));
        PullRequest pr = (PullRequest) builder.build("pull_request", odd, Map.of());

        assertThat(pr.number()).isZero();
        assertThat(pr.base().ref()).isEqualTo("master");
        assertThat(pr.actor()).isEqualTo("gantry");
    }
}
