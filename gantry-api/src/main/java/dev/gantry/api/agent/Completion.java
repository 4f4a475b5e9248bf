package dev.gantry.api.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * How a held job ended ({@code POST /api/v1/agent/jobs/{id}/complete}): GitHub's conclusion word
 * ({@code success}, {@code failure}, {@code cancelled}, {@code skipped}), the reason for anything but success (one
 * sentence, empty otherwise), and the job's outputs. Sent after the job's last log chunk was acknowledged.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Completion(long fencingToken, String conclusion, String reason, Map<String, String> outputs) {

    public Completion {
        conclusion = conclusion == null ? "" : conclusion;
        reason = reason == null ? "" : reason;
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
    }
}
