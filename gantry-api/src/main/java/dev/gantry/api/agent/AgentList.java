package dev.gantry.api.agent;

import java.util.List;

/** The body of {@code GET /api/v1/agents}: {@code {"total_count": N, "agents": [...]}}. */
public record AgentList(int totalCount, List<AgentSummary> agents) {

    public AgentList {
        agents = agents == null ? List.of() : List.copyOf(agents);
    }
}
