/**
 * Which workflows an event starts, and why not: {@link dev.gantry.engine.trigger.TriggerMatcher} checks the event
 * name against {@code on}, activity {@code types} (with GitHub's defaults), branch and tag filters, path filters
 * against the changed files, {@code workflow_run} workflow names, schedules, and the skip markers of the head
 * commit's message; the answer is a {@link dev.gantry.engine.trigger.MatchResult} that says which trigger matched
 * or the reason none did, in words for {@code gantry run --list} and logs.
 *
 * <p>Pure functions of the workflow model and the event. Imports the workflow model and filters and the event
 * package; must not import the context, plan or schedule packages, the runner, server or CLI.
 */
package dev.gantry.engine.trigger;
