/**
 * The built-in stand-in for {@code actions/checkout@v4}: the commit comes from a git repository on this machine
 * ({@link dev.gantry.runner.builtin.checkout.SourceRepositories}), never from a network. When the workspace is
 * that repository's own folder the step leaves it as it is; otherwise JGit fetches the commit into the target
 * folder and checks it out detached. No credentials exist locally, so none is ever written to a repository's
 * configuration.
 *
 * <p>Imports the action SPI ({@code dev.gantry.runner.action}), the workflow's expression values, JGit and the
 * JDK; never the host executor or the engine's scheduling code.
 */
package dev.gantry.runner.builtin.checkout;
