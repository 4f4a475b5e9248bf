package dev.gantry.server.schedule;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PlainFolder;
import dev.gantry.server.store.Repository;
import dev.gantry.workflow.expr.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code schedule} event of one fire, as GitHub sends it: the payload is {@code {"schedule": CRON}} plus the
 * repository, the ref is the repository's default branch and the actor {@code gantry}. The sha is left empty: the
 * commit is the default branch's head when the run is created, which the {@code EventSink} resolves (an event
 * without a sha is its signal to do so). Pure.
 */
final class ScheduleEvents {

    private ScheduleEvents() {
    }

    static Event of(Repository repository, String cron) {
        Map<String, Value> owner = new LinkedHashMap<>();
        owner.put("login", new Value.Str(repository.owner()));
        Map<String, Value> repo = new LinkedHashMap<>();
        repo.put("name", new Value.Str(repository.name()));
        repo.put("full_name", new Value.Str(repository.fullName()));
        repo.put("owner", new Value.Obj(owner));
        repo.put("default_branch", new Value.Str(repository.defaultBranch()));
        Map<String, Value> payload = new LinkedHashMap<>();
        payload.put("schedule", new Value.Str(cron));
        payload.put("repository", new Value.Obj(repo));
        return new EventBuilder(new PlainFolder(repository.name())).build("schedule", new Value.Obj(payload), Map.of());
    }
}
