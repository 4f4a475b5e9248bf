package dev.gantry.engine.webhook;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.PlainFolder;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.event.RepositoryName;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The events one verified payload stands for, built with {@link EventBuilder} from the payload alone (no clone of
 * the repository): the payload's ref, commits and shas; the sha is empty for events whose payload names no
 * commit, to be filled in by whoever holds the repository.
 *
 * <p>Changed files for {@code paths} filters come from {@code commits[].added/modified/removed}. GitHub lists at
 * most 2048 commits in a push delivery, and GitHub Actions itself stops computing the diff past
 * {@value #PATH_FILTER_COMMIT_LIMIT} commits and then runs the workflow whatever its path filters say. A push
 * listing more than that many commits therefore has unknown changed files (path filters admit it), and the
 * outcome says so in a note. A push listing no commits (a ref moved to an existing commit) also has unknown
 * changed files.
 */
final class DeliveryEvents {

    /** GitHub Actions runs a workflow whatever its path filters when a push has more commits than this. */
    static final int PATH_FILTER_COMMIT_LIMIT = 1000;

    private DeliveryEvents() {}

    /** The built events, the delivery's own first, and notes worth logging. */
    record Built(List<Event> events, List<String> notes) {
        Built {
            events = List.copyOf(events);
            notes = List.copyOf(notes);
        }
    }

    static Built build(String name, Value.Obj payload, RepositoryName repository) {
        EventBuilder builder = new EventBuilder(new PlainFolder(repository.name()));
        Event own = builder.build(name, payload, Map.of());
        List<Event> events = new ArrayList<>(List.of(own));
        List<String> notes = new ArrayList<>();
        if (own instanceof Push push) {
            int listed = new Payload(payload).array("commits").size();
            if (listed > PATH_FILTER_COMMIT_LIMIT && !push.deleted()) {
                events.set(0, withUnknownChanges(push));
                notes.add(("the push lists %d commits, more than the %d GitHub computes changed files for, so "
                        + "path filters admit it").formatted(listed, PATH_FILTER_COMMIT_LIMIT));
            }
        }
        if (name.equals("pull_request")) {
            events.add(builder.build("pull_request_target", payload, Map.of()));
        }
        return new Built(events, notes);
    }

    private static Push withUnknownChanges(Push p) {
        return new Push(p.ref(), p.before(), p.after(), p.created(), p.deleted(), p.forced(), p.commits(),
                p.headCommit(), p.pusher(), new ChangedFiles.Unknown(), p.revision(), p.actor(), p.payload());
    }
}
