package dev.gantry.server.git;

import dev.gantry.engine.event.Diff;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.Revision;
import dev.gantry.server.store.Repository;
import dev.gantry.workflow.expr.Value;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code push} event of one {@link RefChange}, shaped as GitHub's webhook payload and built by the engine's
 * {@link EventBuilder} over a {@link CommitSource}: {@code ref}, {@code before}, {@code after}, {@code created},
 * {@code deleted}, {@code forced}, {@code repository}, {@code pusher}, {@code sender}, {@code commits[]} (oldest
 * first, at most {@value #MAX_COMMITS}, each with the files it added, removed and modified) and
 * {@code head_commit}. The pushed commits of a branch are those reachable from {@code after} and not from
 * {@code before} (for a new branch: not from any other branch); a tag push lists none, and its
 * {@code head_commit} is the tagged commit; deleting a ref gives {@code deleted: true}, no commits and a null
 * {@code head_commit}. The event's changed files (for {@code paths} filters) are the diff from {@code before} to
 * {@code after}, every file of {@code after} for a new ref.
 *
 * <p>Thread-safe; blocks on disk reads.
 */
public final class PushEvents {

    /** GitHub's limit on the commits of one push payload. */
    public static final int MAX_COMMITS = 2048;

    private final HostedRepositories disk;

    public PushEvents(HostedRepositories disk) {
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /**
     * The push event of {@code change} in {@code repository}, pushed by {@code pusher}; {@code cloneUrl} names the
     * repository in the event ({@code clone_url}).
     *
     * @throws IOException when the repository's git data cannot be read
     */
    public Event of(Repository repository, RefChange change, String pusher, String cloneUrl) throws IOException {
        try (org.eclipse.jgit.lib.Repository git = disk.open(repository)) {
            return of(git, repository, change, pusher, cloneUrl);
        }
    }

    static Event of(org.eclipse.jgit.lib.Repository git, Repository repository, RefChange change, String pusher,
                    String cloneUrl) throws IOException {
        try (CommitSource source = new CommitSource(git, change.deleted() ? change.before() : change.after(),
                cloneUrl); RevWalk walk = new RevWalk(git)) {
            Map<String, Value> payload = new LinkedHashMap<>();
            payload.put("ref", new Value.Str(change.ref()));
            payload.put("before", new Value.Str(change.before()));
            payload.put("after", new Value.Str(change.after()));
            payload.put("created", Value.of(change.created()));
            payload.put("deleted", Value.of(change.deleted()));
            payload.put("forced", Value.of(forced(walk, change)));
            payload.put("repository", repositoryObject(repository, source.defaultBranch()
                    .orElse(repository.defaultBranch()), cloneUrl));
            payload.put("pusher", new Value.Obj(Map.of("name", new Value.Str(pusher), "email", new Value.Str(""))));
            payload.put("sender", new Value.Obj(Map.of("login", new Value.Str(pusher), "type", new Value.Str("User"))));
            if (change.deleted()) {
                payload.put("commits", new Value.Arr(List.of()));
                payload.put("head_commit", Value.NULL);
            } else {
                List<Value> commits = new ArrayList<>();
                for (RevCommit commit : pushed(git, walk, change)) {
                    commits.add(CommitPayload.of(commit, ownDiff(source, commit)));
                }
                RevCommit head = walk.parseCommit(ObjectId.fromString(change.after()));
                payload.put("commits", new Value.Arr(commits));
                payload.put("head_commit", CommitPayload.of(head, ownDiff(source, head)));
            }
            return new EventBuilder(source).build("push", new Value.Obj(payload), Map.of());
        }
    }

    /** The commits a branch push brought, oldest first; none for a tag. */
    private static List<RevCommit> pushed(org.eclipse.jgit.lib.Repository git, RevWalk walk, RefChange change)
            throws IOException {
        if (!change.ref().startsWith(Constants.R_HEADS)) {
            return List.of();
        }
        walk.reset();
        walk.sort(RevSort.TOPO);
        walk.markStart(walk.parseCommit(ObjectId.fromString(change.after())));
        if (change.created()) {
            for (Ref other : git.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
                if (!other.getName().equals(change.ref()) && other.getObjectId() != null) {
                    uninteresting(walk, other.getObjectId());
                }
            }
        } else {
            uninteresting(walk, ObjectId.fromString(change.before()));
        }
        List<RevCommit> newestFirst = new ArrayList<>();
        for (RevCommit commit : walk) {
            if (newestFirst.size() == MAX_COMMITS) {
                break;
            }
            newestFirst.add(commit);
        }
        Collections.reverse(newestFirst);
        walk.reset();
        return newestFirst;
    }

    private static void uninteresting(RevWalk walk, ObjectId id) throws IOException {
        try {
            walk.markUninteresting(walk.parseCommit(id));
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            // history that is gone, or a ref that is not a commit, hides nothing
        }
    }

    /** An update that is neither a creation, a deletion nor a fast-forward. */
    private static boolean forced(RevWalk walk, RefChange change) throws IOException {
        if (change.created() || change.deleted()) {
            return false;
        }
        try {
            boolean fastForward = walk.isMergedInto(walk.parseCommit(ObjectId.fromString(change.before())),
                    walk.parseCommit(ObjectId.fromString(change.after())));
            walk.reset();
            return !fastForward;
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return true;
        }
    }

    private static Diff ownDiff(CommitSource source, RevCommit commit) {
        String parent = commit.getParentCount() > 0 ? commit.getParent(0).name() : Revision.ZERO_SHA;
        return source.diff(parent, commit.name()).orElse(Diff.EMPTY);
    }

    private static Value.Obj repositoryObject(Repository repository, String defaultBranch, String cloneUrl) {
        Map<String, Value> owner = new LinkedHashMap<>();
        owner.put("login", new Value.Str(repository.owner()));
        owner.put("name", new Value.Str(repository.owner()));
        Map<String, Value> repo = new LinkedHashMap<>();
        repo.put("name", new Value.Str(repository.name()));
        repo.put("full_name", new Value.Str(repository.fullName()));
        repo.put("owner", new Value.Obj(owner));
        repo.put("private", Value.FALSE);
        repo.put("default_branch", new Value.Str(defaultBranch));
        repo.put("clone_url", new Value.Str(cloneUrl));
        return new Value.Obj(repo);
    }
}
