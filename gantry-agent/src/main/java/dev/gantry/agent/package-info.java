/**
 * The agent: registers with a server (or reuses the credentials saved in its home), takes the jobs its labels match
 * through push-style long polls, runs each with the executor its {@link dev.gantry.agent.ExecutorFactory} gives (the
 * cli wires gantry-runner's host executor), in a fresh job folder over a cached copy of the repository, streams
 * masked logs and step states, and reports results under the job's lease and fencing token.
 *
 * <p>Talks to the server only over HTTP ({@code gantry-api}'s {@code AgentClient}); must not import
 * {@code dev.gantry.server} or {@code dev.gantry.cli}.
 */
package dev.gantry.agent;
