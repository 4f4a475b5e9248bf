/**
 * From events to runs: an {@link dev.gantry.server.trigger.EventSink} receives every event (a push to hosted git,
 * a verified webhook delivery, a poll that found new commits, a schedule firing, a dispatch), reads the
 * repository's workflows at the event's commit, matches triggers and creates the runs, with the diagnostics of a
 * workflow that cannot run stored on a failed run. Must not import Javalin.
 */
package dev.gantry.server.trigger;
