/**
 * The server's HTTP API under {@code /api/v1}, shaped after GitHub's Actions REST API (resource names and JSON
 * field names): health, repositories, runs, jobs with their steps, logs, workflows, and run control (cancel,
 * re-run, dispatch) through the {@code dev.gantry.server.run.RunControl} port. {@link dev.gantry.server.http.ApiServer}
 * builds the routes over the stores and starts Jetty through Javalin; every error is a JSON
 * {@code {"message": "…"}} with its status, never a stack trace.
 *
 * <p>This package owns the HTTP framework (Javalin) and the JSON shapes. It reads and writes state only through
 * {@code dev.gantry.server.store}, never SQL; it must not import {@code dev.gantry.runner}, {@code dev.gantry.cli}
 * or {@code dev.gantry.server.boot}.
 */
package dev.gantry.server.http;
