package dev.gantry.engine.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What building an event may ask of the folder a run starts in ({@code -C}). Implemented by
 * {@link GitEventSource} for a git repository and {@link PlainFolder} for a folder that is not one.
 *
 * <p>Contract: methods may block on disk reads; they never throw for a broken or shallow repository, a missing
 * commit or an unrelated history: they answer "not known" (an empty optional). Not thread-safe.
 */
public interface SourceRepository {

    /** The folder's own name, the repository name when no remote says otherwise. */
    String folderName();

    /** The checked-out commit, or empty when there is none (not a repository, or no commit yet). */
    Optional<Head> head();

    /** The URL of the remote the repository name comes from ({@code origin}, else the first one). */
    Optional<String> remoteUrl();

    /** The default branch: the remote's {@code HEAD}, else {@code main} or {@code master} if one exists. */
    Optional<String> defaultBranch();

    /** The commit {@code sha} (a full id), if the repository has it. */
    Optional<Commit> commit(String sha);

    /**
     * The files changed from {@code fromSha} to {@code toSha}. {@code fromSha} may be {@link Revision#ZERO_SHA}:
     * then every file of {@code toSha} is added. Empty when either commit is unknown.
     */
    Optional<Diff> diff(String fromSha, String toSha);

    /** The files changed from the merge base of branch {@code baseBranch} and {@code toSha} to {@code toSha}. */
    Optional<Diff> diffFromMergeBase(String baseBranch, String toSha);

    /**
     * The checked-out commit and where it is.
     *
     * @param branch the short name of the checked-out branch; empty when HEAD is detached
     * @param tags   short names of the tags that point at the commit
     * @param parent the commit's first parent; empty for a root commit
     */
    record Head(Commit commit, Optional<String> branch, List<String> tags, Optional<String> parent) {
        public Head {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(branch, "branch");
            tags = List.copyOf(tags);
            Objects.requireNonNull(parent, "parent");
        }
    }
}
