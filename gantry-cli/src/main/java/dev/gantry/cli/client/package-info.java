/**
 * The client commands of {@code gantry}: {@code runs list|view|watch|cancel|rerun}, {@code logs},
 * {@code workflow run}, {@code repo create|list}, {@code secret set|list|delete}. Each talks to a Gantry server through
 * {@link dev.gantry.api.rest.GantryClient} (server and token from {@code --server}/{@code --token}, else
 * {@code GANTRY_SERVER}/{@code GANTRY_TOKEN}), prints tables by default and the server's GitHub-shaped JSON with
 * {@code --json}. Exit codes: 0 done, 1 the server refused or could not be reached (one sentence on stderr),
 * 2 usage error (a missing server or token, a bad option).
 *
 * <p>Must not import {@code dev.gantry.server}, {@code dev.gantry.runner} or {@code dev.gantry.agent}: a client
 * knows the server only through the wire contract in {@code dev.gantry.api}.
 */
package dev.gantry.cli.client;
