package dev.gantry.server.git;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.Revision;
import dev.gantry.server.store.PendingPushStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.trigger.RunIntake;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Ref;

/**
 * On start, hands on the pushes a killed server recorded but did not finish: an update the repository shows as
 * made (its ref is at the pushed commit, or gone for a delete) goes to the run intake again, which leaves alone
 * the workflows that already have a run for it; an update never made is forgotten. Runs once at start, on the
 * caller's thread, once the coordinator runs (new pushes may already arrive beside it: they are journaled apart).
 */
public final class PushRecovery {

    private PushRecovery() {}

    /** @return how many updates were handed on again */
    public static int replay(GitHosting git, PendingPushStore journal, RepositoryStore repositories,
                             RunIntake intake, String serverUrl, PrintWriter log) {
        int replayed = 0;
        for (PendingPushStore.Pending pending : journal.all()) {
            Optional<Repository> repository = repositories.find(pending.repository());
            try {
                if (repository.isPresent() && made(git, repository.get(), pending)) {
                    Event event = git.pushEvent(repository.get(), new RefChange(pending.ref(), pending.before(),
                            pending.after()), pending.pusher(), serverUrl);
                    intake.receiveAgain(repository.get(), event, pending.receivedAt());
                    replayed++;
                }
                journal.clear(List.of(pending.id()));
            } catch (IOException | RuntimeException e) {
                log.printf("gantry server: a push to %s recorded before the restart could not be handed on yet: "
                        + "%s%n", repository.map(Repository::fullName).orElse("a removed repository"), e.getMessage());
                log.flush();
            }
        }
        return replayed;
    }

    private static boolean made(GitHosting git, Repository repository, PendingPushStore.Pending pending)
            throws IOException {
        try (org.eclipse.jgit.lib.Repository repo = git.repositories().open(repository)) {
            Ref ref = repo.exactRef(pending.ref());
            if (pending.after().equals(Revision.ZERO_SHA)) {
                return ref == null;
            }
            return ref != null && ref.getObjectId() != null && ref.getObjectId().name().equals(pending.after());
        }
    }
}
