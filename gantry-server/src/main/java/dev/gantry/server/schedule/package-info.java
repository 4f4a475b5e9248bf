/**
 * Schedules ({@code on.schedule}): which cron entries each repository has, and firing them durably.
 * {@link dev.gantry.server.schedule.ScheduleRegistry} replaces a repository's entries with the crons of the
 * workflows on its default branch (the intake calls it for every push there); {@link
 * dev.gantry.server.schedule.ScheduleTicker} wakes on one virtual thread at the next due time (cron in UTC, through
 * {@code dev.gantry.workflow.cron}) and hands a {@code schedule} event for the entry's one workflow to the {@link
 * dev.gantry.server.trigger.EventSink}. The event's ref is the default branch and its sha is empty: the sink
 * resolves it to the branch's head when it creates the run.
 *
 * <p>Never doubled, never dropped. A fire is first recorded as intended, in one transaction that moves the entry's
 * {@code last_fired_at} to the due time by compare-and-set (so of two passes, or two servers, one takes it) and
 * writes a {@code schedule_fires} row stamped with when it was intended. Then the sink creates the runs, and the
 * row is deleted. If the server dies, or the sink fails, in between, the row survives and the next pass finishes
 * it: the runs are idempotent per (entry, fire time) because a run of that workflow with event {@code schedule}
 * created since the row's time can only be that fire's (one ticker fires one fire at a time and stops a pass at the
 * first failure), so the fire is done when such runs exist and fired again when none do.
 *
 * <p>After downtime, each entry's missed fire times are handled by the {@link
 * dev.gantry.server.schedule.MissedSchedules} policy: fired once (the default), every one (capped), or skipped. A
 * new entry counts from when it was declared and never fires for the past. Tests pass a controllable clock.
 *
 * <p>Reads and writes state only through {@code dev.gantry.server.store}; must not import Javalin or the HTTP layer.
 */
package dev.gantry.server.schedule;
