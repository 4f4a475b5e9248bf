package dev.gantry.api.agent;

/** The answer to a heartbeat: the renewed lease's length, and whether the job should stop (it was cancelled). */
public record HeartbeatReply(int leaseSeconds, boolean cancelRequested) {}
