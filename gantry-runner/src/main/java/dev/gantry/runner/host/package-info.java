/**
 * The host executor: {@link dev.gantry.runner.host.HostJobExecutor} implements the engine's
 * {@link dev.gantry.engine.exec.JobExecutor} by running a job's steps as real processes on this machine,
 * configured by {@link dev.gantry.runner.host.HostOptions}. Owns the job's directories, its setup checks
 * ({@link dev.gantry.runner.host.HostLabels}, the container runtime), step evaluation ({@code env}, {@code if},
 * {@code continue-on-error}, {@code timeout-minutes}, outcome and conclusion) at a
 * {@link dev.gantry.runner.host.StepScope} (the job's, or a composite action's), the process environment with
 * GitHub's precedence, process trees (own process group, killed whole on timeout, cancellation and JVM exit), env
 * files and job outputs; {@code uses:} steps ({@link dev.gantry.runner.host.ActionStep}: local, stored and built-in
 * actions — composite, JavaScript, docker — with their pre and post phases); a job's containers
 * ({@link dev.gantry.runner.host.ContainerSetup}).
 *
 * <p>Uses {@code dev.gantry.runner.log} for every line shown (masking at the source), {@code envfile},
 * {@code shell}, {@code sandbox}, {@code action}, {@code store} and {@code container}; the engine's port, contexts
 * and expression evaluation types; the workflow model and expression library. Must not import the engine's
 * scheduler, trigger or event packages, the server or the CLI.
 */
package dev.gantry.runner.host;
