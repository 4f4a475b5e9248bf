/**
 * The path patterns of the built-in actions' {@code path} inputs, as GitHub's {@code @actions/glob} reads them: one
 * pattern a line, {@code #} comments, a leading {@code !} to exclude, {@code ~} for the home folder, relative
 * patterns under the workspace, {@code *}, {@code ?}, {@code [abc]} within a segment and {@code **} across
 * segments, a matched folder standing for everything below it. {@link dev.gantry.runner.builtin.glob.PathPattern}
 * is one parsed line; {@link dev.gantry.runner.builtin.glob.FileSearcher} walks the file system for them.
 *
 * <p>Imports the JDK only; spawns no process.
 */
package dev.gantry.runner.builtin.glob;
