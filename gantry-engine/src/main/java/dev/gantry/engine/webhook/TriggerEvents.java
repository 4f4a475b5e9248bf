package dev.gantry.engine.webhook;

import java.util.Set;

/**
 * The webhook events GitHub Actions can start workflows for (GitHub's "Events that trigger workflows"; the
 * {@code schedule} and {@code workflow_call} triggers and {@code pull_request_target} come from no webhook of
 * their own). Deliveries of any other event ({@code installation}, {@code star}, {@code team}…) start nothing.
 */
final class TriggerEvents {

    static final String PING = "ping";

    private static final Set<String> NAMES = Set.of(
            "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment",
            "deployment_status", "discussion", "discussion_comment", "fork", "gollum", "issue_comment", "issues",
            "label", "merge_group", "milestone", "page_build", "project", "project_card", "project_column", "public",
            "pull_request", "pull_request_review", "pull_request_review_comment", "push", "registry_package",
            "release", "repository_dispatch", "status", "watch", "workflow_dispatch", "workflow_run");

    private TriggerEvents() {}

    static boolean triggers(String event) {
        return NAMES.contains(event);
    }
}
