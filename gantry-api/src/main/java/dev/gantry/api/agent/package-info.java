/**
 * The agent protocol's records: what the server hands an agent ({@link dev.gantry.api.agent.JobSpec} inside an
 * assignment) and what the agent reports back. Plain data with JSON field names in snake case; no behaviour, no
 * I/O. Must not import anything of Gantry's: server, agent and cli all depend on it.
 */
package dev.gantry.api.agent;
