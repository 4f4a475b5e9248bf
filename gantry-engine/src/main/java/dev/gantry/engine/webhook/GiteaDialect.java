package dev.gantry.engine.webhook;

import dev.gantry.engine.event.Payload;
import dev.gantry.workflow.expr.Value;
import java.util.Map;
import java.util.Optional;

/**
 * Where Gitea and Forgejo deliveries differ from GitHub's, translated to GitHub's words so that {@code on:} and
 * {@code types:} mean the same: their finer event names ({@code pull_request_label}, {@code issue_assign},
 * {@code wiki}…) and their pull request activity names ({@code synchronized}, {@code label_updated}…). Their push
 * payloads already have GitHub's shape.
 */
final class GiteaDialect {

    private static final Map<String, String> ACTIONS = Map.of(
            "synchronized", "synchronize",
            "label_updated", "labeled",
            "label_cleared", "unlabeled");

    private GiteaDialect() {}

    /** GitHub's name for the event Gitea or Forgejo calls {@code name}. */
    static String eventName(String name) {
        if (name.equals("wiki")) {
            return "gollum";
        }
        if (name.equals("pull_request_comment")) {
            return "issue_comment";
        }
        if (name.startsWith("pull_request_review_") && !name.equals("pull_request_review_comment")) {
            return "pull_request_review";
        }
        if (name.startsWith("pull_request_") && !name.startsWith("pull_request_review")) {
            return "pull_request";
        }
        if (name.startsWith("issue_") && !name.equals("issue_comment")) {
            return "issues";
        }
        return name;
    }

    /** {@code payload} with its {@code action} in GitHub's words. */
    static Value.Obj payload(Value.Obj payload) {
        Optional<String> action = new Payload(payload).string("action");
        return action.filter(ACTIONS::containsKey)
                .map(a -> Payload.with(payload, "action", new Value.Str(ACTIONS.get(a))))
                .orElse(payload);
    }
}
