/**
 * The agent protocol on the server (documented in {@code docs/agent-protocol.md}): registration with one-time
 * tokens, agent authentication, the push-style long poll that hands queued jobs to agents, heartbeats, step and
 * log uploads and completion under the job's fencing token, and the {@link dev.gantry.server.agent.LeaseReaper}
 * that fails (or requeues) the jobs of lost agents. State goes through {@code dev.gantry.server.store}; the runs
 * are reached through the {@code dev.gantry.server.run} ports. Must not import {@code dev.gantry.runner},
 * {@code dev.gantry.agent} or {@code dev.gantry.cli}, nor SQL.
 */
package dev.gantry.server.agent;
