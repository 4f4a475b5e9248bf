/**
 * The host executor: {@link dev.gantry.runner.host.HostJobExecutor} implements the engine's
 * {@link dev.gantry.engine.exec.JobExecutor} by running a job's {@code run} steps as real processes on this machine,
 * configured by {@link dev.gantry.runner.host.HostOptions}. Owns the job's directories, its setup checks
 * ({@link dev.gantry.runner.host.HostLabels}, no container runtime here), step evaluation ({@code env}, {@code if},
 * {@code continue-on-error}, {@code timeout-minutes}, outcome and conclusion), the process environment with GitHub's
 * precedence, process trees (own session, killed whole on timeout and cancellation), env files and job outputs.
 *
 * <p>Uses {@code dev.gantry.runner.log} for every line shown (masking at the source), {@code envfile},
 * {@code shell} and {@code sandbox}; the engine's port, contexts and expression helpers; the workflow model and
 * expression library. Must not import the engine's scheduler, trigger or event packages, the server or the CLI.
 */
package dev.gantry.runner.host;
