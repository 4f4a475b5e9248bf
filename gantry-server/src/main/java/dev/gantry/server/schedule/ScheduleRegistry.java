package dev.gantry.server.schedule;

import dev.gantry.server.store.Database;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.Schedule;
import dev.gantry.server.store.ScheduleFireStore;
import dev.gantry.server.store.ScheduleStore;
import dev.gantry.workflow.cron.CronError;
import dev.gantry.workflow.cron.CronSchedule;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the stored schedule entries in step with the workflows on each repository's default branch. Called by
 * the event intake for every push to the default branch. Thread-safe; blocks on the database.
 */
public final class ScheduleRegistry {

    private final ScheduleStore schedules;
    private final ScheduleFireStore fires;
    private final Runnable changed;

    /** A registry over {@code db} that calls {@code changed} (e.g. {@link ScheduleTicker#wake}) after each sync. */
    public ScheduleRegistry(Database db, Runnable changed) {
        this.schedules = new ScheduleStore(db);
        this.fires = new ScheduleFireStore(db);
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /**
     * What a sync did: the entries now scheduled for the repository, and notes on crons left out (an invalid
     * expression, which the workflow's run reports in full).
     */
    public record Synced(int entries, List<String> notes) {
        public Synced {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Replaces the schedule entries of {@code repository} with the {@code on.schedule} crons of {@code workflows}
     * (every workflow file at the default branch's head, by path). Entries that stay keep their last fire time;
     * new ones count their fire times from now (a new entry never fires for the past); entries of workflows no
     * longer given, or crons no longer listed, are removed. A repository removed meanwhile is left alone.
     */
    public Synced sync(Repository repository, Map<String, Workflow> workflows) {
        Objects.requireNonNull(repository, "repository");
        List<String> notes = new ArrayList<>();
        Set<String> paths = new TreeSet<>(workflows.keySet());
        schedules.list().stream().filter(s -> s.repository().equals(repository.id()))
                .map(Schedule::workflowPath).forEach(paths::add);
        int entries = 0;
        for (String path : paths) {
            List<String> crons = workflows.containsKey(path) ? crons(path, workflows.get(path), notes) : List.of();
            if (!schedules.declare(repository.id(), path, crons)) {
                return new Synced(0, List.of("the repository " + repository.fullName() + " no longer exists"));
            }
            entries += crons.size();
        }
        fires.markDeclared(repository.id());
        changed.run();
        return new Synced(entries, notes);
    }

    private static List<String> crons(String path, Workflow workflow, List<String> notes) {
        if (!(workflow.on().find("schedule").orElse(null) instanceof Trigger.Schedule schedule)) {
            return List.of();
        }
        List<String> valid = new ArrayList<>();
        for (String cron : schedule.crons().stream().map(Named::name).distinct().toList()) {
            List<CronError> errors = CronSchedule.parse(cron).errors();
            if (errors.isEmpty()) {
                valid.add(cron);
            } else {
                notes.add(path + ": " + errors.getFirst().describe() + "; it is not scheduled");
            }
        }
        return valid;
    }
}
