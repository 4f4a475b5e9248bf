package dev.gantry.engine.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A repository known only by name, one commit and its ref: what a server or agent has when it rebuilds an event
 * from a stored payload (which already holds the commits, diff and people), or builds a dispatch or schedule event
 * for a commit it resolved itself. Nothing else is known: no commit messages, no diffs.
 *
 * @param name          the repository's name
 * @param sha           the commit, a full id
 * @param ref           {@code refs/heads/…} or {@code refs/tags/…}; empty when the commit is on no ref
 * @param branch        the repository's default branch, e.g. {@code main}
 */
public record PinnedRevision(String name, String sha, String ref, String branch) implements SourceRepository {

    private static final String BRANCHES = "refs/heads/";
    private static final String TAGS = "refs/tags/";

    public PinnedRevision {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(sha, "sha");
        java.util.Objects.requireNonNull(ref, "ref");
        java.util.Objects.requireNonNull(branch, "branch");
    }

    @Override
    public String folderName() {
        return name;
    }

    @Override
    public Optional<Head> head() {
        Person nobody = new Person("", "");
        Optional<String> onBranch = ref.startsWith(BRANCHES) ? Optional.of(ref.substring(BRANCHES.length()))
                : Optional.empty();
        List<String> tags = ref.startsWith(TAGS) ? List.of(ref.substring(TAGS.length())) : List.of();
        return Optional.of(new Head(new Commit(sha, "", nobody, nobody, Instant.EPOCH), onBranch, tags,
                Optional.empty()));
    }

    @Override
    public Optional<String> remoteUrl() {
        return Optional.empty();
    }

    @Override
    public Optional<String> defaultBranch() {
        return Optional.of(branch);
    }

    @Override
    public Optional<Commit> commit(String sha) {
        return Optional.empty();
    }

    @Override
    public Optional<Diff> diff(String fromSha, String toSha) {
        return Optional.empty();
    }

    @Override
    public Optional<Diff> diffFromMergeBase(String baseBranch, String toSha) {
        return Optional.empty();
    }
}
