package dev.gantry.engine.trigger;

import dev.gantry.workflow.model.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity types that trigger a workflow when its {@code on.<event>} lists no {@code types}: every type,
 * except for the pull request events, whose default is {@code opened}, {@code synchronize} and {@code reopened}
 * (GitHub's "Events that trigger workflows").
 */
final class ActivityTypes {

    private static final List<String> PULL_REQUEST_DEFAULT = List.of("opened", "synchronize", "reopened");

    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "pull_request", PULL_REQUEST_DEFAULT,
            "pull_request_target", PULL_REQUEST_DEFAULT);

    private ActivityTypes() {}

    /** The types that trigger: those written, else the event's default; empty means every type. */
    static List<String> accepted(String event, List<Named> written) {
        if (!written.isEmpty()) {
            return written.stream().map(Named::name).toList();
        }
        return DEFAULTS.getOrDefault(event, List.of());
    }

    /** Empty when {@code activity} triggers; else the accepted types, for the message. */
    static Optional<List<String>> rejects(String event, List<Named> written, String activity) {
        List<String> accepted = accepted(event, written);
        return accepted.isEmpty() || accepted.contains(activity) ? Optional.empty() : Optional.of(accepted);
    }
}
