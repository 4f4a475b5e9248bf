/**
 * The port between orchestration and execution: {@link dev.gantry.engine.exec.JobExecutor} runs one job
 * described by a {@link dev.gantry.engine.exec.JobRequest} and reports through a
 * {@link dev.gantry.engine.exec.JobListener}; the outcome is a {@link dev.gantry.engine.exec.JobResult}.
 * Implemented by the host runner (and later by container and remote executors).
 */
package dev.gantry.engine.exec;
