/**
 * The REST API as its clients see it: records of GitHub-shaped resources ({@link dev.gantry.api.rest.WorkflowRun},
 * {@link dev.gantry.api.rest.WorkflowJob}, {@link dev.gantry.api.rest.JobStep},
 * {@link dev.gantry.api.rest.Repository}), each read from the server's JSON and keeping that JSON for callers that
 * print it; and {@link dev.gantry.api.rest.GantryClient}, a blocking client over {@code java.net.http}.
 *
 * <p>Must not import anything of Gantry's but {@code dev.gantry.api}: the server, agent and cli depend on this
 * package, never the other way round.
 */
package dev.gantry.api.rest;
