/**
 * What the inputs of the built-in actions mean, read the way GitHub's {@code @actions/core} and
 * {@code @actions/glob} read them.
 *
 * <p>{@link dev.gantry.runner.builtin.input.Inputs}: boolean inputs (YAML 1.2 core schema only, else an error
 * naming the input), multi-line lists, the home folder for {@code ~}.
 *
 * <p>{@link dev.gantry.runner.builtin.input.PathPattern} is one line of a {@code path} input: {@code #} comments,
 * a leading {@code !} to exclude, {@code ~} for the home folder, relative patterns under the workspace, {@code *},
 * {@code ?}, {@code [abc]} within a segment and {@code **} across segments, a matched folder standing for
 * everything below it. {@link dev.gantry.runner.builtin.input.FileSearcher} walks the file system for them.
 *
 * <p>Imports the JDK and the action SPI ({@code dev.gantry.runner.action}) only; spawns no process.
 */
package dev.gantry.runner.builtin.input;
