/**
 * Execution of jobs on a host: implements {@link dev.gantry.engine.exec.JobExecutor} with a workspace per job,
 * GitHub's default environment, shells and processes, env files, workflow commands and a log pipeline that masks
 * secrets at the source. The only module that spawns processes. Imports the engine and the workflow library,
 * never the server.
 */
package dev.gantry.runner;
