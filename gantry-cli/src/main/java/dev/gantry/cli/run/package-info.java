/**
 * {@code gantry run}: the imperative shell around the engine for one local invocation. It turns the command's
 * options into an event, the run-wide contexts and secrets ({@link dev.gantry.cli.run.RunInputs}); matches and
 * plans each workflow ({@link dev.gantry.cli.run.RunSelection}); drives each run's pure
 * {@link dev.gantry.engine.schedule.RunScheduler} with jobs on virtual threads through the
 * {@link dev.gantry.engine.exec.JobExecutor} port ({@link dev.gantry.cli.run.RunDriver}); and reports what happens
 * to {@link dev.gantry.cli.run.RunObserver}s: the live board or plain lines, the recorder behind the summary and the
 * JSON report.
 *
 * <p>Owns the threads of a local run: one driver thread per run, one virtual thread per started job, the board's
 * ticker, and the signal handlers that turn Ctrl-C and SIGTERM into a cancellation. Imports the engine, the
 * workflow library, the runner's secret files and masker, Jackson and the JDK; never picocli (the
 * command class in {@code dev.gantry.cli} parses options) and never a concrete executor (the command wires one).
 */
package dev.gantry.cli.run;
