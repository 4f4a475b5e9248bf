package dev.gantry.engine.webhook;

import dev.gantry.engine.event.Payload;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members an event's payload must have for Gantry to build an event from it: the repository's full name
 * always; for push the ref and both commits; for pull_request the activity, number and both branches; for
 * create and delete the ref and its kind; for workflow_dispatch the ref and an inputs object (or none). Anything
 * else in the payload is passed through untouched as {@code github.event}.
 */
final class PayloadShape {

    private PayloadShape() {}

    /** The members {@code payload} of event {@code event} lacks, in words; empty when it has them all. */
    static Optional<String> problem(String event, Payload payload) {
        List<String> missing = new ArrayList<>();
        if (!payload.string("repository", "full_name").map(n -> n.indexOf('/') > 0).orElse(false)) {
            missing.add("repository.full_name (owner/name)");
        }
        switch (event) {
            case "push" -> {
                require(payload, missing, "ref");
                require(payload, missing, "before");
                require(payload, missing, "after");
                payload.string("ref").filter(r -> !r.startsWith("refs/"))
                        .ifPresent(r -> missing.add("a full ref (refs/…) instead of \"%s\"".formatted(r)));
            }
            case "pull_request" -> {
                require(payload, missing, "action");
                if (payload.number("pull_request", "number").isEmpty()) {
                    missing.add("pull_request.number");
                }
                require(payload, missing, "pull_request", "base", "ref");
                require(payload, missing, "pull_request", "head", "ref");
                require(payload, missing, "pull_request", "head", "sha");
            }
            case "create", "delete" -> {
                require(payload, missing, "ref");
                if (!payload.string("ref_type").map(t -> t.equals("branch") || t.equals("tag")).orElse(false)) {
                    missing.add("ref_type (branch or tag)");
                }
            }
            case "workflow_dispatch" -> {
                require(payload, missing, "ref");
                if (payload.get("inputs").filter(v -> !(v instanceof Value.Obj) && !(v instanceof Value.Null))
                        .isPresent()) {
                    missing.add("inputs as an object");
                }
            }
            default -> { }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("the %s payload lacks %s".formatted(event, String.join(", ", missing)));
    }

    private static void require(Payload payload, List<String> missing, String... path) {
        if (payload.string(path).filter(s -> !s.isEmpty()).isEmpty()) {
            missing.add(String.join(".", path));
        }
    }
}
