package dev.gantry.api.agent;

import java.util.List;

/**
 * The body of a long poll for work ({@code POST /api/v1/agent/jobs/next}): the labels to match, a subset of those
 * the agent registered with; empty means all of them. A request can narrow the agent's labels, never widen them.
 */
public record NextJob(List<String> labels) {

    public NextJob {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
