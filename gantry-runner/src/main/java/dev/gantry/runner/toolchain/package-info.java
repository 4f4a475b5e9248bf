/**
 * Toolchains installed on this host, as the setup actions see them: {@link dev.gantry.runner.toolchain.Version}
 * and the npm-style {@link dev.gantry.runner.toolchain.VersionRange} they are matched with, a
 * {@link dev.gantry.runner.toolchain.Toolchain} found on disk, and the {@link dev.gantry.runner.toolchain.VersionProbe}
 * that asks an executable for its version (once per executable and process).
 *
 * <p>Imports only the JDK; knows nothing of actions, steps or the workflow model. Never downloads anything.
 */
package dev.gantry.runner.toolchain;
