/**
 * The run scheduler: a pure state machine ({@link dev.gantry.engine.schedule.RunScheduler}) that, given a
 * {@link dev.gantry.engine.plan.RunPlan} and the results of finished jobs, returns
 * {@link dev.gantry.engine.schedule.Decision}s — start this instance, skip that job, cancel this one, the run is
 * finished — with GitHub's semantics for {@code needs}, job {@code if} and its status functions, skipped
 * propagation, {@code continue-on-error}, matrix {@code fail-fast} and {@code max-parallel}, concurrency groups
 * within the run, cancellation, job outputs and the {@code needs} context.
 *
 * <p>Matrix job outputs follow GitHub: for each output name, the instance that finished last wins (an empty
 * value does not overwrite an earlier one). That makes the value depend on finishing order; it is kept because
 * valid workflows rely on it (one instance setting an output the others leave empty). Doing better without
 * breaking them would mean an additional, deterministic view (per-instance outputs under a new name), not a
 * change of {@code needs.<job>.outputs}. Likewise {@code needs.<job>.result} reports a failure forgiven by
 * {@code continue-on-error} as success, as GitHub does.
 *
 * <p>No threads, no I/O, no clocks: the shell that owns the executors (the CLI in memory, the server with
 * persistence) acts on the decisions and feeds results back. Imports the plan package, the executor port's
 * value types and the workflow library; never the runner, the server or any I/O.
 */
package dev.gantry.engine.schedule;
