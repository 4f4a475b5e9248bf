/**
 * The env files through which a step talks back to the runner: {@code GITHUB_ENV}, {@code GITHUB_OUTPUT},
 * {@code GITHUB_STATE} ({@link dev.gantry.runner.envfile.KeyValueParser}: {@code NAME=value} and the
 * {@code NAME<<DELIMITER} multi-line form), {@code GITHUB_PATH} ({@link dev.gantry.runner.envfile.PathParser},
 * {@link dev.gantry.runner.envfile.PrependedPath}) and {@code GITHUB_STEP_SUMMARY}
 * ({@link dev.gantry.runner.envfile.StepSummary}). {@link dev.gantry.runner.envfile.EnvFileReader} reads them after
 * a step and applies GitHub's rules; a bad line is an {@link dev.gantry.runner.envfile.EnvFileError} naming the file
 * kind and line, never an exception.
 *
 * <p>Imports the JDK only. Values are raw (secrets not masked): mask before showing them.
 */
package dev.gantry.runner.envfile;
