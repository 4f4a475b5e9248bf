package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code pull_request} or {@code pull_request_target} activity.
 *
 * @param target      true for {@code pull_request_target} (runs in the base branch's context)
 * @param activity    the activity type, e.g. {@code opened}, {@code synchronize}, {@code labeled}
 * @param number      the pull request's number (0 when a local run has none)
 * @param base        the branch the pull request merges into: branch filters test its name
 * @param head        the branch with the changes
 * @param labels      label names
 * @param headMessage the head commit's message when known, for {@code [skip ci]}
 * @param changes     the files changed since the merge base with the base branch, for {@code paths} filters
 */
public record PullRequest(boolean target, String activity, int number, Side base, Side head, List<String> labels,
                          boolean draft, boolean merged, Optional<String> headMessage, ChangedFiles changes,
                          Revision revision, String actor, Value.Obj payload) implements Event {

    /** One end of a pull request: a branch name (short, e.g. {@code main}) and its commit. */
    public record Side(String ref, String sha) {
        public Side {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(sha, "sha");
        }
    }

    public PullRequest {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        labels = List.copyOf(labels);
        Objects.requireNonNull(headMessage, "headMessage");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String name() {
        return target ? "pull_request_target" : "pull_request";
    }

    @Override
    public Optional<String> action() {
        return Optional.of(activity);
    }
}
