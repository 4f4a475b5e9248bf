/**
 * Starting and stopping a whole server from a {@link dev.gantry.server.boot.ServerConfig}: open and migrate the
 * database, make sure an admin token exists, start the HTTP API (with the webhook routes) and the schedule ticker;
 * stop them in reverse order. Until an event intake is passed in, events go to a sink that only logs them.
 *
 * <p>This package wires {@code dev.gantry.server.store}, {@code dev.gantry.server.http}, {@code
 * dev.gantry.server.hook} and {@code dev.gantry.server.schedule}; it must not import
 * {@code dev.gantry.runner} or {@code dev.gantry.cli} (the command line is the composition root above it).
 */
package dev.gantry.server.boot;
