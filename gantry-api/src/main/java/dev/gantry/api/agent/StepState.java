package dev.gantry.api.agent;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A step's latest state as an agent reports it, numbered from 1. {@code status} is {@code in_progress} or
 * {@code completed}; {@code conclusion} is GitHub's word ({@code success}, {@code failure}, {@code cancelled},
 * {@code skipped}) once completed. Absent values are empty strings here and left out of the JSON.
 *
 * @param startedAt   ISO-8601 instant, or empty
 * @param completedAt ISO-8601 instant, or empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StepState(int number, String name, String status, String conclusion, String startedAt,
                        String completedAt) {

    public StepState {
        name = name == null ? "" : name;
        status = status == null ? "" : status;
        conclusion = conclusion == null ? "" : conclusion;
        startedAt = startedAt == null ? "" : startedAt;
        completedAt = completedAt == null ? "" : completedAt;
    }
}
