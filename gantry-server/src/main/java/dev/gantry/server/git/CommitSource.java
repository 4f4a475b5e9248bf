package dev.gantry.server.git;

import dev.gantry.engine.event.Commit;
import dev.gantry.engine.event.Diff;
import dev.gantry.engine.event.GitEventSource;
import dev.gantry.engine.event.SourceRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bare repository on the server as the engine's {@link SourceRepository}, pinned at one commit: what
 * {@code EventBuilder} reads to build an event for that commit. The pin is a full commit id, a branch ({@code main}
 * or {@code refs/heads/main}) or a tag ({@code v1} or {@code refs/tags/v1}; annotated tags are peeled); a branch
 * pin makes {@link #head()} report that branch, any other pin a detached head. {@link #defaultBranch()} is the
 * branch the repository's {@code HEAD} names and {@link #remoteUrl()} the clone URL given, so the event's
 * {@code repository} is named after it.
 *
 * <p>Follows {@link SourceRepository}'s contract: blocks on disk reads, answers "not known" (empty) for a pin or
 * commit that does not resolve, never throws for them. Not thread-safe. Commits and diffs are read by the engine's
 * {@link GitEventSource}; this class adds what differs on a server (a pin instead of a checkout, a bare
 * repository's {@code HEAD}). Close it when done; the repository it was given stays open for its owner.
 */
public final class CommitSource implements SourceRepository, AutoCloseable {

    private final Repository git;
    private final String pin;
    private final String cloneUrl;
    private final GitEventSource objects;

    /** A source over {@code git} (which the caller keeps and closes) pinned at {@code pin}. */
    public CommitSource(Repository git, String pin, String cloneUrl) {
        this.git = Objects.requireNonNull(git, "git");
        this.pin = Objects.requireNonNull(pin, "pin");
        this.cloneUrl = Objects.requireNonNull(cloneUrl, "cloneUrl");
        git.incrementOpen();
        this.objects = GitEventSource.over(git, folderName(git));
    }

    @Override
    public String folderName() {
        return objects.folderName();
    }

    @Override
    public Optional<Head> head() {
        try (RevWalk walk = new RevWalk(git)) {
            Optional<ObjectId> id = resolve();
            if (id.isEmpty()) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(id.get());
            Optional<Commit> read = objects.commit(commit.name());
            if (read.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> parent = commit.getParentCount() > 0
                    ? Optional.of(commit.getParent(0).name()) : Optional.empty();
            return Optional.of(new Head(read.get(), branch(), tagsAt(commit), parent));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> remoteUrl() {
        return Optional.of(cloneUrl);
    }

    @Override
    public Optional<String> defaultBranch() {
        try {
            Ref head = git.exactRef(Constants.HEAD);
            if (head != null && head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
                return Optional.of(head.getTarget().getName().substring(Constants.R_HEADS.length()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Commit> commit(String sha) {
        return objects.commit(sha);
    }

    @Override
    public Optional<Diff> diff(String fromSha, String toSha) {
        return objects.diff(fromSha, toSha);
    }

    @Override
    public Optional<Diff> diffFromMergeBase(String baseBranch, String toSha) {
        return objects.diffFromMergeBase(baseBranch, toSha);
    }

    /** Releases this source's hold on the repository. */
    @Override
    public void close() {
        objects.close();
    }

    private Optional<ObjectId> resolve() throws IOException {
        if (ObjectId.isId(pin)) {
            return Optional.of(ObjectId.fromString(pin));
        }
        for (String name : candidates()) {
            Ref ref = git.exactRef(name);
            if (ref != null && ref.getObjectId() != null) {
                return Optional.of(ref.getObjectId());
            }
        }
        return Optional.empty();
    }

    private List<String> candidates() {
        return pin.startsWith(Constants.R_REFS) ? List.of(pin)
                : List.of(Constants.R_HEADS + pin, Constants.R_TAGS + pin);
    }

    /** The branch the pin names, if it names one that exists. */
    private Optional<String> branch() throws IOException {
        if (ObjectId.isId(pin)) {
            return Optional.empty();
        }
        String name = pin.startsWith(Constants.R_REFS) ? pin : Constants.R_HEADS + pin;
        return name.startsWith(Constants.R_HEADS) && git.exactRef(name) != null
                ? Optional.of(name.substring(Constants.R_HEADS.length())) : Optional.empty();
    }

    private List<String> tagsAt(RevCommit commit) throws IOException {
        List<String> tags = new ArrayList<>();
        for (Ref tag : git.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            Ref peeled = git.getRefDatabase().peel(tag);
            ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : tag.getObjectId();
            if (commit.equals(target)) {
                tags.add(tag.getName().substring(Constants.R_TAGS.length()));
            }
        }
        return tags;
    }

    private static String folderName(Repository git) {
        String name = git.getDirectory().getName();
        return name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
    }
}
