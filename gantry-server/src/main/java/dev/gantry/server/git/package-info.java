/**
 * Git on the server: bare repositories under {@code <data dir>/git/OWNER/NAME.git}, served over git's smart HTTP
 * protocol at {@code /git/OWNER/NAME.git} (basic auth with an API token as password), mirrors of repositories
 * registered by URL and the poller that keeps them fresh, and the readers the rest of the server builds events
 * and runs from: {@link dev.gantry.server.git.CommitSource} (a commit as the engine's event source),
 * {@link dev.gantry.server.git.PushEvents} (a ref change as a GitHub-shaped push event) and
 * {@link dev.gantry.server.git.WorkflowFiles} (the workflow files at a commit). Every push and every fetch that
 * moved a ref is handed to a {@link dev.gantry.server.git.PushListener}. {@link dev.gantry.server.git.GitHosting}
 * puts the parts together for the boot package.
 *
 * <p>This package owns JGit on the server and the git routes. It reads repositories and tokens through
 * {@code dev.gantry.server.store} and registers routes through {@code dev.gantry.server.http.ApiModule}; it must
 * not import {@code dev.gantry.server.boot}, {@code dev.gantry.server.trigger}, {@code dev.gantry.runner},
 * {@code dev.gantry.agent} or {@code dev.gantry.cli}, and it never runs the {@code git} program.
 */
package dev.gantry.server.git;
