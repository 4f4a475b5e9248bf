/**
 * The agent protocol (documented in {@code docs/agent-protocol.md}): its records — what the server hands an agent
 * ({@link dev.gantry.api.agent.JobSpec} inside an {@link dev.gantry.api.agent.Assignment}) and what the agent
 * reports back — with JSON field names in snake case, and {@link dev.gantry.api.agent.AgentClient}, the client an
 * agent talks to the server with over {@code java.net.http}. Records are plain data and never hold null. Must not
 * import anything of Gantry's: server, agent and cli all depend on it.
 */
package dev.gantry.api.agent;
