/**
 * Secret and variable files given on the command line ({@code --secret-file}, {@code --var-file}): the dotenv
 * format ({@link dev.gantry.runner.secrets.DotenvParser}) and reading it from disk
 * ({@link dev.gantry.runner.secrets.DotenvReader}). Problems are values naming the file and line; messages never
 * contain a value. Imports the JDK only.
 */
package dev.gantry.runner.secrets;
