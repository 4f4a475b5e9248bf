package dev.gantry.server.git;

import dev.gantry.server.store.Repository;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.TrackingRefUpdate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mirrors of the repositories registered by URL, in the same place as hosted ones
 * ({@link HostedRepositories}). A fetch takes every branch and tag from the URL ({@code +refs/heads/*:refs/heads/*},
 * {@code +refs/tags/*:refs/tags/*}, forced, refs gone from the URL deleted here), points the mirror's {@code HEAD}
 * at the branch the URL's {@code HEAD} names, and returns the refs that moved, so that the caller can turn them
 * into push events. Any URL JGit fetches works: {@code https://}, {@code http://}, {@code file://}, {@code ssh://}
 * with the machine's keys, or a local path.
 *
 * <p>Thread-safe: fetches of one repository are serialized, fetches of different ones run in parallel. Blocks on
 * the network and the disk, for at most {@link #TIMEOUT_SECONDS} seconds of silence from the URL.
 */
public final class Mirrors {

    public static final int TIMEOUT_SECONDS = 60;

    private final HostedRepositories disk;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public Mirrors(HostedRepositories disk) {
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /** What a fetch did. */
    public sealed interface Outcome {
        /** The fetch succeeded; {@code changes} are the refs it moved (empty when nothing was new). */
        record Fetched(List<RefChange> changes) implements Outcome {
            public Fetched {
                changes = List.copyOf(changes);
            }
        }

        /** The fetch failed; {@code problem} is one sentence naming the repository and the URL. */
        record Failed(String problem) implements Outcome {
            public Failed {
                Objects.requireNonNull(problem, "problem");
            }
        }
    }

    /** Fetches {@code repository} from its URL; a hosted repository is refused as a failure. */
    public Outcome fetch(Repository repository) {
        if (!(repository.source() instanceof Repository.Source.Remote remote)) {
            return new Outcome.Failed("The repository " + repository.fullName() + " is hosted here, not fetched.");
        }
        ReentrantLock lock = locks.computeIfAbsent(repository.fullName(), name -> new ReentrantLock());
        lock.lock();
        try (org.eclipse.jgit.lib.Repository git = disk.open(repository)) {
            return new Outcome.Fetched(fetch(git, remote.url()));
        } catch (GitAPIException | IOException | RuntimeException e) {
            return new Outcome.Failed("Fetching " + repository.fullName() + " from " + remote.url() + " failed: "
                    + oneLine(e));
        } finally {
            lock.unlock();
        }
    }

    private static List<RefChange> fetch(org.eclipse.jgit.lib.Repository git, String url)
            throws GitAPIException, IOException {
        FetchResult result = Git.wrap(git).fetch()
                .setRemote(url)
                .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
                .setTagOpt(TagOpt.NO_TAGS)
                .setRemoveDeletedRefs(true)
                .setTimeout(TIMEOUT_SECONDS)
                .call();
        List<RefChange> changes = new ArrayList<>();
        for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
            if (moved(update.getResult()) && !update.getOldObjectId().equals(update.getNewObjectId())) {
                changes.add(new RefChange(update.getLocalName(), update.getOldObjectId().name(),
                        update.getNewObjectId().name()));
            }
        }
        followHead(git, result.getAdvertisedRef(Constants.HEAD));
        return changes;
    }

    private static boolean moved(RefUpdate.Result result) {
        return switch (result) {
            case NEW, FAST_FORWARD, FORCED -> true;
            default -> false;
        };
    }

    /** Points {@code HEAD} at the branch the URL's {@code HEAD} names, when the URL says which. */
    private static void followHead(org.eclipse.jgit.lib.Repository git, Ref advertised) throws IOException {
        if (advertised == null || !advertised.isSymbolic()) {
            return;
        }
        String target = advertised.getTarget().getName();
        Ref head = git.exactRef(Constants.HEAD);
        if (target.startsWith(Constants.R_HEADS) && (head == null || !head.isSymbolic()
                || !head.getTarget().getName().equals(target))) {
            git.getRefDatabase().newUpdate(Constants.HEAD, false).link(target);
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
