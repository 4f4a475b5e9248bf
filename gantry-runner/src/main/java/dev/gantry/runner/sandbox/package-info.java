/**
 * The optional sandbox a job's processes run in: {@link dev.gantry.runner.sandbox.Sandbox.None} (the default: a
 * step runs on the host as a self-hosted runner's steps do) or {@link dev.gantry.runner.sandbox.Sandbox.Bubblewrap}
 * (the host read-only, a private {@code /tmp}, only the job's own directories writable, optionally no network).
 * A sandbox only rewrites a command line; it spawns nothing. Imports the JDK only.
 */
package dev.gantry.runner.sandbox;
