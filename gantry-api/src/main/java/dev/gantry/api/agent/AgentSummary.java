package dev.gantry.api.agent;

import java.util.List;
import java.util.Objects;

/**
 * A registered agent as {@code GET /api/v1/agents} lists it.
 *
 * @param busyJobs   how many jobs it holds now
 * @param lastSeenAt its last request (ISO-8601)
 * @param online     whether it was seen recently enough to be waiting for work
 */
public record AgentSummary(String id, String name, List<String> labels, int capacity, int busyJobs,
                           String lastSeenAt, String registeredAt, boolean online) {

    public AgentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
