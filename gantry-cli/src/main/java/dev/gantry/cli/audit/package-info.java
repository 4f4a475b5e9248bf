/**
 * {@code gantry audit verify|export}: the audit log checked and exported, offline by opening the server's database
 * directly ({@code --data-dir} or {@code --db-url}, through {@code dev.gantry.server.audit}) or online through a
 * running server's API ({@code --server}/{@code --token}, else {@code GANTRY_SERVER}/{@code GANTRY_TOKEN}).
 * Exit codes: 0 intact (or exported), 1 broken (naming the first broken record), 2 when the log cannot be read
 * (a usage error, no database there, a server unreachable or refusing).
 *
 * <p>May import {@code dev.gantry.server} (store and audit) and {@code dev.gantry.api}; must not import
 * {@code dev.gantry.runner} or {@code dev.gantry.agent}.
 */
package dev.gantry.cli.audit;
