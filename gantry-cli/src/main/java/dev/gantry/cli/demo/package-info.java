/**
 * {@code gantry demo}: the whole product on one machine in one command — a server on a fresh embedded database,
 * its built-in agent, the example repository pushed to its hosted git, and the pipeline followed live. Composes
 * {@code dev.gantry.server.boot}, the cli's built-in agent and the client's run follower; owns no logic of theirs.
 */
package dev.gantry.cli.demo;
