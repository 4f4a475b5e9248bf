/**
 * The named values a job sees when it starts, with the fields GitHub's "Contexts reference" documents:
 * {@code github} ({@link dev.gantry.engine.context.GithubContext}), {@code env} (workflow level,
 * {@link dev.gantry.engine.context.WorkflowEnv}), {@code vars} and {@code secrets}
 * ({@link dev.gantry.engine.context.StoredValues}), {@code inputs} ({@link dev.gantry.engine.context.InputResolver}),
 * {@code job} ({@link dev.gantry.engine.context.JobContext}), {@code runner}
 * ({@link dev.gantry.engine.context.RunnerInfo}), {@code strategy} ({@link dev.gantry.engine.context.StrategyContext}),
 * {@code matrix} and {@code needs} ({@link dev.gantry.engine.context.NeededJob}); the default environment
 * variables of a step ({@link dev.gantry.engine.context.DefaultEnvironment}); and
 * {@link dev.gantry.engine.context.ContextAssembler}, which puts them together for one job.
 *
 * <p>Pure functions of their arguments: run ids, numbers, paths and the host's OS come in as arguments; nothing
 * reads the clock, the environment or the disk. Imports the event package, the workflow model and expression
 * library, and {@code dev.gantry.engine.exec} (for conclusions); must not import the trigger, plan or schedule
 * packages, the runner, server or CLI.
 */
package dev.gantry.engine.context;
