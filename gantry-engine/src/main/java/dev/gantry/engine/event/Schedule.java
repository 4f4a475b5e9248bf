package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code schedule} firing.
 *
 * @param cron the cron line that fired, as written in the workflow ({@code github.event.schedule}); empty for a
 *             local run that names no cron, which stands for every schedule
 */
public record Schedule(String cron, Revision revision, String actor, Value.Obj payload) implements Event {

    public Schedule {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public Optional<String> action() {
        return Optional.empty();
    }
}
