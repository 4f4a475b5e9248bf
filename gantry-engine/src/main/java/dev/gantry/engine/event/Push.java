package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code push} of commits, a branch or a tag.
 *
 * @param ref        the pushed ref in full, e.g. {@code refs/heads/main} or {@code refs/tags/v1.0}
 * @param before     the ref's commit before the push ({@link Revision#ZERO_SHA} when it was created)
 * @param after      the ref's commit after the push ({@link Revision#ZERO_SHA} when it was deleted)
 * @param commits    the pushed commits, oldest first (may be empty, e.g. for a tag)
 * @param headCommit the newest pushed commit, whose message decides {@code [skip ci]}
 * @param pusher     the name of who pushed
 * @param changes    the files the push changed, for {@code paths} filters
 */
public record Push(String ref, String before, String after, boolean created, boolean deleted, boolean forced,
                   List<Commit> commits, Optional<Commit> headCommit, String pusher, ChangedFiles changes,
                   Revision revision, String actor, Value.Obj payload) implements Event {

    public Push {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        commits = List.copyOf(commits);
        Objects.requireNonNull(headCommit, "headCommit");
        Objects.requireNonNull(pusher, "pusher");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String name() {
        return "push";
    }

    @Override
    public Optional<String> action() {
        return Optional.empty();
    }
}
