package dev.gantry.server.git;

import dev.gantry.server.store.PendingPushStore;
import dev.gantry.server.store.Repository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a push durable before its refs move: the updates are recorded, then made, then handed to the
 * {@link PushListener}, then cleared. What a killed server leaves recorded is handed on by {@link PushRecovery}
 * when it starts again. Thread-safe.
 */
final class PushJournal {

    private static final Logger LOG = LoggerFactory.getLogger(PushJournal.class);

    private final PendingPushStore store;

    PushJournal(PendingPushStore store) {
        this.store = store;
    }

    /** Records the updates about to be made, adding their ids to {@code ids}; false when they cannot be stored. */
    boolean record(Repository repository, List<RefChange> changes, String pusher, List<Long> ids) {
        if (changes.isEmpty()) {
            return true;
        }
        try {
            ids.addAll(store.record(repository.id(), changes.stream()
                    .map(c -> new PendingPushStore.Update(c.ref(), c.before(), c.after())).toList(), pusher));
            return true;
        } catch (RuntimeException e) {
            LOG.error("Refused a push to {}: it could not be recorded: {}", repository.fullName(), e.toString());
            return false;
        }
    }

    void clear(List<Long> ids) {
        try {
            store.clear(ids);
        } catch (RuntimeException e) {
            LOG.warn("A handled push stays recorded and is looked at again on the next start: {}", e.toString());
        }
    }
}
