/**
 * The events that start workflow runs, as GitHub defines them: a sealed {@link dev.gantry.engine.event.Event}
 * (push, pull request, manual dispatch, schedule, workflow call, workflow run, and a generic event for the rest),
 * each carrying its webhook payload as the {@code github.event} value, the commit and ref the run sees, and what
 * trigger matching needs (changed files, the head commit's message).
 *
 * <p>Events are built from a webhook payload ({@link dev.gantry.engine.event.PayloadText} reads one,
 * {@link dev.gantry.engine.event.EventBuilder} turns it into an event) and from the working folder through the
 * {@link dev.gantry.engine.event.SourceRepository} port: {@link dev.gantry.engine.event.GitEventSource} reads a
 * git repository with JGit (the only I/O of the engine), {@link dev.gantry.engine.event.PlainFolder} stands for a
 * folder that is not one.
 *
 * <p>Imports the workflow library's values ({@code dev.gantry.workflow.expr}, {@code dev.gantry.workflow.filter}),
 * Jackson (to read payload text) and JGit (in {@code GitEventSource} only). Must not import the trigger, context,
 * plan or schedule packages, nor the runner, server or CLI.
 */
package dev.gantry.engine.event;
