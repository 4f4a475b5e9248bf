/**
 * The offline action store: repository actions ({@code owner/repo@ref}) kept as bare git repositories in a folder
 * ({@code <store>/<owner>/<repo>.git}, names compared ignoring case as GitHub does), or fetched on first use from a
 * git server that mirrors them. Owns ref resolution (tag before branch, full SHAs, GitHub's refusal of short SHAs),
 * read-only checkouts keyed by commit SHA written atomically, {@code gantry actions import} (from a git repository
 * or a plain folder) and the listing behind {@code gantry actions list}.
 *
 * <p>{@link dev.gantry.runner.store.ActionStores#open} is the one entry point for the composition root. Uses JGit and
 * the {@link dev.gantry.runner.action.ActionStore} port; must not import the host executor, the engine's scheduler,
 * the server or the CLI, and never runs the {@code git} binary.
 */
package dev.gantry.runner.store;
