package dev.gantry.api.agent;

/** A heartbeat for a held job ({@code POST /api/v1/agent/jobs/{id}/heartbeat}): renews the lease of this token. */
public record Heartbeat(long fencingToken) {}
