package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.Optional;

/**
 * Something that happened to a repository and may start workflow runs: GitHub's event name, its activity type,
 * the webhook payload ({@code github.event}), the commit and ref the run sees, and who caused it. Immutable.
 *
 * <p>Build one with {@link EventBuilder}; match it against workflows with the trigger package.
 */
public sealed interface Event permits Push, PullRequest, WorkflowDispatch, Schedule, WorkflowCall, WorkflowRun,
        GenericEvent {

    /** The event name as in {@code github.event_name}: {@code push}, {@code pull_request}, {@code issues}… */
    String name();

    /** The activity type ({@code payload.action}), e.g. {@code opened}; empty for events that have none. */
    Optional<String> action();

    /** {@code GITHUB_SHA} and {@code GITHUB_REF} for runs this event starts. */
    Revision revision();

    /** The login (or, for a local commit, the author's name) of whoever caused the event: {@code github.actor}. */
    String actor();

    /** The webhook payload, {@code github.event}. */
    Value.Obj payload();
}
