package dev.gantry.engine.trigger;

import dev.gantry.engine.event.Commit;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.GenericEvent;
import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.PullRequest;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.event.Schedule;
import dev.gantry.engine.event.WorkflowCall;
import dev.gantry.engine.event.WorkflowDispatch;
import dev.gantry.engine.event.WorkflowRun;
import dev.gantry.engine.trigger.MatchResult.NotMatched;
import dev.gantry.engine.trigger.MatchResult.Reason;
import dev.gantry.workflow.filter.ChangedFiles;
import dev.gantry.workflow.filter.GitRef;
import dev.gantry.workflow.filter.TriggerFilter;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Workflow;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether an event starts a workflow, as GitHub does:
 * <ul>
 *   <li>the event is listed in {@code on};</li>
 *   <li>its activity type is among {@code types}, or GitHub's default types for the event;</li>
 *   <li>push: the ref was not deleted; the head commit's message holds no skip marker; the pushed branch or tag
 *       passes {@code branches}/{@code tags} (or their {@code -ignore} forms); for branches the changed files pass
 *       {@code paths}/{@code paths-ignore};</li>
 *   <li>pull_request and pull_request_target: the BASE branch passes the branch filters and the files changed since
 *       the merge base pass the path filters; for pull_request the head commit's message holds no skip marker;</li>
 *   <li>workflow_run: the workflow that ran is listed in {@code workflows}, its head branch passes the filters;</li>
 *   <li>schedule: the cron that fired is one of the workflow's (an event naming no cron matches any);</li>
 *   <li>merge_group: the base branch passes the branch filters.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class TriggerMatcher {

    private TriggerMatcher() {}

    public static MatchResult match(Workflow workflow, Event event) {
        Optional<Trigger> found = workflow.on().find(event.name());
        if (found.isEmpty()) {
            String listens = workflow.on().events().stream().map(Trigger::event).collect(Collectors.joining(", "));
            return new NotMatched(Reason.EVENT, "on does not list %s%s".formatted(event.name(),
                    listens.isEmpty() ? "" : " (it lists " + listens + ")"));
        }
        Trigger trigger = found.get();
        Optional<NotMatched> rejection = switch (trigger) {
            case Trigger.Event filtered -> checkEvent(filtered, event);
            case Trigger.Schedule schedule -> checkSchedule(schedule, event);
            case Trigger.Dispatch dispatch -> Optional.empty();
            case Trigger.Call call -> Optional.empty();
        };
        return rejection.<MatchResult>map(r -> r).orElseGet(() -> new MatchResult.Matched(trigger));
    }

    private static Optional<NotMatched> checkEvent(Trigger.Event trigger, Event event) {
        Optional<NotMatched> type = event.action().flatMap(action -> ActivityTypes
                .rejects(event.name(), trigger.types(), action)
                .map(accepted -> new NotMatched(Reason.ACTIVITY_TYPE,
                        "activity type \"%s\" is not one of on.%s.types%s: %s".formatted(action, event.name(),
                                trigger.types().isEmpty() ? " (by default)" : "", String.join(", ", accepted)))));
        if (type.isPresent()) {
            return type;
        }
        return FilterCheck.compiled(event.name(), trigger.filters(), filter -> checkFiltered(trigger, event, filter));
    }

    private static Optional<NotMatched> checkFiltered(Trigger.Event trigger, Event event, TriggerFilter filter) {
        return switch (event) {
            case Push push -> checkPush(push, filter);
            case PullRequest pr -> skipped(pr.target() ? Optional.empty() : pr.headMessage(), "head commit")
                    .or(() -> FilterCheck.check(pr.name(), filter, new GitRef.Branch(pr.base().ref()),
                            pr.changes()));
            case WorkflowRun run -> checkWorkflowRun(trigger, run, filter);
            case GenericEvent generic when generic.name().equals("merge_group") -> mergeGroupBase(generic)
                    .flatMap(base -> FilterCheck.check(generic.name(), filter, new GitRef.Branch(base),
                            new ChangedFiles.Unknown()));
            case GenericEvent generic -> Optional.empty();
            case WorkflowDispatch dispatch -> Optional.empty();
            case WorkflowCall call -> Optional.empty();
            case Schedule schedule -> Optional.empty();
        };
    }

    private static Optional<NotMatched> checkPush(Push push, TriggerFilter filter) {
        if (push.deleted()) {
            return Optional.of(new NotMatched(Reason.DELETED_REF,
                    "the push deleted %s; there is no commit to run".formatted(push.ref())));
        }
        return skipped(push.headCommit().map(Commit::message), "head commit")
                .or(() -> FilterCheck.check("push", filter, GitRef.parse(push.ref()), push.changes()));
    }

    private static Optional<NotMatched> checkWorkflowRun(Trigger.Event trigger, WorkflowRun run,
                                                         TriggerFilter filter) {
        boolean listed = trigger.workflows().stream().map(Named::name).anyMatch(run.workflowName()::equals);
        if (!listed) {
            return Optional.of(new NotMatched(Reason.WORKFLOW,
                    "workflow \"%s\" is not listed in on.workflow_run.workflows".formatted(run.workflowName())));
        }
        return FilterCheck.check("workflow_run", filter, new GitRef.Branch(run.headBranch()),
                new ChangedFiles.Unknown());
    }

    private static Optional<NotMatched> checkSchedule(Trigger.Schedule trigger, Event event) {
        if (!(event instanceof Schedule schedule) || schedule.cron().isEmpty()
                || trigger.crons().stream().map(Named::name).anyMatch(schedule.cron()::equals)) {
            return Optional.empty();
        }
        return Optional.of(new NotMatched(Reason.SCHEDULE,
                "the cron \"%s\" that fired is not one of on.schedule".formatted(schedule.cron())));
    }

    private static Optional<NotMatched> skipped(Optional<String> message, String which) {
        return message.flatMap(SkipMarkers::find).map(marker -> new NotMatched(Reason.SKIP_MARKER,
                "the %s's message holds %s".formatted(which, marker)));
    }

    private static Optional<String> mergeGroupBase(GenericEvent event) {
        return new Payload(event.payload()).string("merge_group", "base_ref")
                .map(ref -> GitRef.parse(ref).name());
    }
}
