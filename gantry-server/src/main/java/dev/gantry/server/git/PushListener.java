package dev.gantry.server.git;

import dev.gantry.server.store.Repository;

import java.util.List;

/**
 * Told about every set of refs that moved in a repository: a push to hosted git, or a fetch of a repository
 * registered by URL that found new commits. The objects are stored and the refs updated before it is called, so a
 * {@link CommitSource} or {@link PushEvents} opened in the call sees them.
 *
 * <p>Contract: called synchronously, on the thread that stored the change — for a push, the HTTP request's virtual
 * thread, after the ref updates and before the response to the git client is finished; for a fetch, the poller's
 * thread. It should return quickly (record the events durably, e.g. hand them to the event sink, and leave slow
 * work to others): the git client waits for it. Never called with an empty list. A {@link RuntimeException} it
 * throws is logged in one line; the push has succeeded regardless, because its refs are already updated.
 * Called concurrently for pushes to different repositories.
 */
@FunctionalInterface
public interface PushListener {

    /** A listener that ignores everything, until the run intake is wired in. */
    PushListener NONE = (repository, changes, pusher) -> { };

    /**
     * @param repository the repository whose refs moved
     * @param changes    the refs that moved, in the order they were updated, never empty
     * @param pusher     who pushed: the name of the API token a push authenticated with, or {@code gantry} for a
     *                   fetch by the poller
     */
    void pushed(Repository repository, List<RefChange> changes, String pusher);
}
