package dev.gantry.runner.builtin.checkout;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;

/**
 * A ref of the source repository resolved to its commit, as checkout names it.
 *
 * @param name   the full ref name ({@code refs/heads/main}, {@code refs/tags/v1}) or, for a SHA, the SHA itself
 * @param commit the commit it names (annotated tags peeled)
 */
record SourceRef(String name, ObjectId commit) {

    SourceRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(commit, "commit");
    }

    /**
     * {@code ref} in {@code source}: a full or abbreviated commit SHA, a full ref name, or a branch or tag name
     * (a branch first, as git does; then a remote-tracking branch of {@code origin}, for a source that is itself a
     * clone). Empty when it names nothing there or not a commit.
     */
    static Optional<SourceRef> resolve(Repository source, String ref) throws IOException {
        if (ref.matches("[0-9a-fA-F]{40}")) {
            return commit(source, ObjectId.fromString(ref)).map(id -> new SourceRef(id.name(), id));
        }
        List<String> names = ref.startsWith("refs/") ? List.of(ref)
                : List.of("refs/heads/" + ref, "refs/tags/" + ref, "refs/remotes/origin/" + ref);
        for (String name : names) {
            Ref found = source.exactRef(name);
            if (found != null && found.getObjectId() != null) {
                Optional<ObjectId> commit = commit(source, found.getObjectId());
                if (commit.isPresent()) {
                    return Optional.of(new SourceRef(name, commit.get()));
                }
            }
        }
        if (ref.matches("[0-9a-fA-F]{7,39}")) {
            ObjectId id = source.resolve(ref + "^{commit}");
            return Optional.ofNullable(id).map(c -> new SourceRef(c.name(), c));
        }
        return Optional.empty();
    }

    /** The commit {@code HEAD} of {@code source} names (its default branch), when it has one. */
    static Optional<SourceRef> head(Repository source) throws IOException {
        Ref head = source.exactRef("HEAD");
        if (head == null || head.getObjectId() == null) {
            return Optional.empty();
        }
        String name = head.isSymbolic() ? head.getTarget().getName() : head.getObjectId().name();
        return commit(source, head.getObjectId()).map(c -> new SourceRef(name, c));
    }

    private static Optional<ObjectId> commit(Repository source, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(source)) {
            return Optional.of(walk.parseCommit(id).getId());
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            return Optional.empty();
        }
    }

    boolean isSha() {
        return name.equals(commit.name());
    }

    /** What to fetch: the ref into its remote-tracking name (tags keep theirs), or the bare commit for a SHA. */
    RefSpec refSpec() {
        if (isSha()) {
            return new RefSpec(commit.name());
        }
        String local;
        if (name.startsWith("refs/heads/")) {
            local = "refs/remotes/origin/" + name.substring("refs/heads/".length());
        } else if (name.startsWith("refs/tags/") || name.startsWith("refs/remotes/")) {
            local = name;
        } else {
            local = "refs/remotes/origin/" + name.substring("refs/".length());
        }
        return new RefSpec("+" + name + ":" + local);
    }
}
