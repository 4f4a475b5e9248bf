package dev.gantry.server.schedule;

import dev.gantry.engine.event.Event;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.ScheduleFireStore;
import dev.gantry.server.store.ScheduleFireStore.PendingFire;
import dev.gantry.server.store.ScheduleFireStore.Timed;
import dev.gantry.server.store.ScheduleStore;
import dev.gantry.server.trigger.EventSink;
import dev.gantry.workflow.cron.CronParse;
import dev.gantry.workflow.cron.CronSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One pass over the schedules at the clock's now: first finishes the fires a crash or a failing sink left
 * intended, then fires every entry's due times as the {@link MissedSchedules} policy says, each recorded as
 * intended before the {@link EventSink} is called and forgotten once it returned. Called by one thread at a time
 * (the {@link ScheduleTicker}'s); blocks on the database and the sink.
 */
final class ScheduleFirer {

    /** How soon a pass that failed (the database or the sink threw) is tried again. */
    static final Duration RETRY = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleFirer.class);

    private final Database db;
    private final EventSink sink;
    private final MissedSchedules policy;
    private final Clock clock;

    ScheduleFirer(Database db, EventSink sink, MissedSchedules policy, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Fires what is due now; returns the next instant something falls due (empty: nothing is scheduled). Never
     * throws: a failure is logged, its fire stays intended, and the answer is {@link #RETRY} from now.
     */
    Optional<Instant> tick() {
        Instant now = clock.instant();
        ScheduleFireStore fires = new ScheduleFireStore(db);
        try {
            for (PendingFire pending : fires.pending()) {
                finish(fires, pending);
            }
            Optional<Instant> next = Optional.empty();
            for (Timed entry : fires.timed()) {
                if (entry.countedFrom().isEmpty()
                        || !(CronSchedule.parse(entry.schedule().cron()) instanceof CronParse.Valid valid)) {
                    continue;
                }
                fireDue(fires, entry, valid.schedule(), now);
                next = earliest(next, valid.schedule().nextAfter(now));
            }
            return next;
        } catch (RuntimeException e) {
            LOG.warn("Schedules could not fire ({}); trying again in {} s.", e.getMessage(), RETRY.toSeconds());
            return Optional.of(now.plus(RETRY));
        }
    }

    private void fireDue(ScheduleFireStore fires, Timed entry, CronSchedule cron, Instant now) {
        List<Instant> due = DueTimes.latest(cron, entry.countedFrom().orElseThrow(), now, policy.window());
        MissedSchedules.FirePlan plan = policy.plan(due, now);
        Optional<Instant> last = entry.schedule().lastFiredAt();
        for (Instant at : plan.fires()) {
            switch (fires.intend(entry.schedule().id(), last, at)) {
                case ScheduleFireStore.Intent.Intended intended -> fire(fires, intended.fire());
                case ScheduleFireStore.Intent.Taken taken -> {
                    return;
                }
                case ScheduleFireStore.Intent.NotFound gone -> {
                    return;
                }
            }
            last = Optional.of(at);
        }
        if (plan.skipTo().isPresent()) {
            LOG.info("Schedule \"{}\" of {} missed its fire times up to {}; skipped as configured.",
                    entry.schedule().cron(), entry.schedule().workflowPath(), plan.skipTo().get());
            new ScheduleStore(db).recordFire(entry.schedule().id(), last, plan.skipTo().get());
        }
    }

    /** A fire intended before: done if its runs exist (created since it was intended), else fired again. */
    private void finish(ScheduleFireStore fires, PendingFire pending) {
        List<RunId> runs = fires.runsSince(pending.schedule().repository(), pending.schedule().workflowPath(),
                pending.intendedAt());
        if (runs.isEmpty()) {
            fire(fires, pending);
        } else {
            fires.done(pending);
        }
    }

    private void fire(ScheduleFireStore fires, PendingFire pending) {
        Optional<Repository> repository = new RepositoryStore(db).find(pending.schedule().repository());
        if (repository.isPresent()) {
            Event event = ScheduleEvents.of(repository.get(), pending.schedule().cron());
            EventSink.Received received = sink.receive(repository.get(), event,
                    Optional.of(pending.schedule().workflowPath()));
            LOG.info("Schedule \"{}\" of {} in {} fired for {}: {} run(s).", pending.schedule().cron(),
                    pending.schedule().workflowPath(), repository.get().fullName(), pending.dueAt(),
                    received.runs().size());
        }
        fires.done(pending);
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(x -> x.isBefore(a.get())).or(() -> a);
    }
}
