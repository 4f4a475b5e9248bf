/**
 * Starting and stopping a whole server from a {@link dev.gantry.server.boot.ServerConfig}: open and migrate the
 * database, make sure an admin token exists, start the HTTP API with hosted git and the poller of repositories
 * registered by URL; stop them in reverse order.
 *
 * <p>This package wires {@code dev.gantry.server.store}, {@code dev.gantry.server.http} and
 * {@code dev.gantry.server.git}; it must not import {@code dev.gantry.runner} or {@code dev.gantry.cli} (the command
 * line is the composition root above it).
 */
package dev.gantry.server.boot;
