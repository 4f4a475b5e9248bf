/**
 * Orchestration of workflow runs: events, trigger matching, matrix expansion, the job graph, the run state
 * machine that returns decisions, expression contexts, and the {@link dev.gantry.engine.exec.JobExecutor} port
 * that executors implement. Pure: starts no threads and spawns no processes (reading a git repository to build
 * an event is its only I/O). Imports the workflow library, never the runner, server or HTTP/JDBC libraries.
 */
package dev.gantry.engine;
