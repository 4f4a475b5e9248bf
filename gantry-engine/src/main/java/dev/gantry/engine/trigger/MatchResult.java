package dev.gantry.engine.trigger;

import dev.gantry.workflow.model.Trigger;
import java.util.Objects;

/** Whether an event starts a workflow: the trigger that matched, or why it did not. */
public sealed interface MatchResult {

    /** The event starts the workflow through {@code trigger}. */
    record Matched(Trigger trigger) implements MatchResult {
        public Matched {
            Objects.requireNonNull(trigger, "trigger");
        }
    }

    /**
     * The event does not start the workflow.
     *
     * @param reason  the kind of reason, for programs
     * @param message the reason in words, e.g. {@code branch "docs/x" is not selected by on.push.branches}
     */
    record NotMatched(Reason reason, String message) implements MatchResult {
        public NotMatched {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why an event did not start a workflow. */
    enum Reason {
        /** The workflow's {@code on} does not list the event. */
        EVENT,
        /** The activity type is not among {@code types} (or GitHub's default types). */
        ACTIVITY_TYPE,
        /** The branch is not selected by {@code branches}/{@code branches-ignore}, or only tags are filtered. */
        BRANCH,
        /** The tag is not selected by {@code tags}/{@code tags-ignore}, or only branches are filtered. */
        TAG,
        /** No changed file passes {@code paths}/{@code paths-ignore}. */
        PATHS,
        /** The head commit's message holds {@code [skip ci]} or another skip marker. */
        SKIP_MARKER,
        /** A {@code workflow_run} of a workflow not listed in {@code workflows}. */
        WORKFLOW,
        /** A {@code schedule} firing of a cron the workflow does not have. */
        SCHEDULE,
        /** A push that deleted its ref: no commit to run. */
        DELETED_REF,
        /** A filter pattern of the workflow does not compile. */
        INVALID_FILTER
    }

    default boolean matched() {
        return this instanceof Matched;
    }

    /** The reason in words; for a match, which event matched. */
    default String describe() {
        return switch (this) {
            case Matched m -> "triggered by " + m.trigger().event();
            case NotMatched n -> n.message();
        };
    }
}
