/**
 * Starting and stopping a whole server from a {@link dev.gantry.server.boot.ServerConfig}: open and migrate the
 * database, make sure an admin token exists, compose the parts (hosted git and the poller, the run intake and
 * coordinator, the agent protocol and lease reaper, webhooks, schedules, live logs, run control), start the HTTP
 * API and the background threads; stop them in reverse order.
 *
 * <p>This package wires every other server package; it must not import {@code dev.gantry.runner},
 * {@code dev.gantry.agent} or {@code dev.gantry.cli} (the command line is the composition root above it and adds
 * the built-in agent).
 */
package dev.gantry.server.boot;
