/**
 * The log pipeline of a step: {@code process output → LineSplitter → CommandInterceptor → SecretMasker → sinks}.
 *
 * <p>Owns: cutting byte streams into lines ({@link dev.gantry.runner.log.LineSplitter}), parsing and carrying out
 * workflow commands ({@link dev.gantry.runner.log.WorkflowCommandParser}, {@link dev.gantry.runner.log.WorkflowCommand}),
 * masking secrets and their encoded forms ({@link dev.gantry.runner.log.SecretMasker}, one per job, thread-safe),
 * the events sinks receive ({@link dev.gantry.runner.log.LogEvent}) and a few sinks (job listener, writer,
 * command recorder). {@link dev.gantry.runner.log.LogPipeline} wires the stages for one step and documents who
 * calls what on which thread.
 *
 * <p>Imports the JDK and the engine's port types ({@code dev.gantry.engine.exec}) only; it spawns no process and
 * opens no file — the executor hands it streams and writers.
 */
package dev.gantry.runner.log;
