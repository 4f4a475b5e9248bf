/**
 * How a {@code run} step's script becomes a command line, as GitHub's runner does it on Linux and macOS: the
 * shell named in {@code shell:} (or the default, {@code bash} with a fallback to {@code sh}) resolved to an
 * executable ({@link dev.gantry.runner.shell.ShellResolver}, {@link dev.gantry.runner.shell.ShellLookup}), the
 * script file's extension and text, and the arguments with {@code {0}} replaced by the script's path
 * ({@link dev.gantry.runner.shell.Shell}).
 *
 * <p>Pure apart from {@link dev.gantry.runner.shell.ShellLookup#ON_PATH}, which looks at the file system. Imports the
 * JDK only; spawns nothing.
 */
package dev.gantry.runner.shell;
