package dev.gantry.api.agent;

import java.util.List;

/** Step states of a held job ({@code POST /api/v1/agent/jobs/{id}/steps}), under the job's fencing token. */
public record StepReport(long fencingToken, List<StepState> steps) {

    public StepReport {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
