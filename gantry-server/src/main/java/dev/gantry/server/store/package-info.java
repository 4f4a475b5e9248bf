/**
 * The server's durable state: {@link dev.gantry.server.store.Database} opens an embedded H2 database in a data
 * folder, or PostgreSQL by URL, and migrates it (Flyway, {@code db/migration}); one store per aggregate reads and
 * writes typed records in transactions — repositories, runs, jobs, steps, log chunks, the job queue with leases
 * and fencing tokens, schedules, webhook deliveries, API tokens, sealed secrets and the state-change log.
 *
 * <p>Contracts shared by every store: each method is one transaction, committed before it returns, so a state
 * change is durable before the caller acts on it; methods block on the database and may be called from any
 * thread; an unknown id is an empty {@code Optional} or a {@code NotFound} outcome, never an exception;
 * conflicts are sealed outcomes; a database failure is a {@link dev.gantry.server.store.StoreFailure}.
 *
 * <p>This package owns JDBC and SQL. It must not import {@code dev.gantry.runner} (the server never runs
 * builds), the HTTP layer or anything above it.
 */
package dev.gantry.server.store;
