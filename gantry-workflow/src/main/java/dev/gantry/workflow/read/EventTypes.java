package dev.gantry.workflow.read;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The activity {@code types} each webhook event accepts, as GitHub documents them in "Events that trigger
 * workflows" (a value outside the list makes GitHub reject the workflow with {@code Unexpected value}). Events
 * missing here take no {@code types} at all, except {@code repository_dispatch}, whose types are free-form.
 */
final class EventTypes {

    private static final Set<String> CREATED_EDITED_DELETED = Set.of("created", "edited", "deleted");
    private static final Set<String> PULL_REQUEST = Set.of("assigned", "unassigned", "labeled", "unlabeled",
            "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked",
            "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested",
            "review_request_removed", "auto_merge_enabled", "auto_merge_disabled");

    private static final Map<String, Set<String>> TYPES = Map.ofEntries(
            Map.entry("branch_protection_rule", CREATED_EDITED_DELETED),
            Map.entry("check_run", Set.of("created", "rerequested", "completed", "requested_action")),
            Map.entry("check_suite", Set.of("completed")),
            Map.entry("discussion", Set.of("created", "edited", "deleted", "transferred", "pinned", "unpinned",
                    "labeled", "unlabeled", "locked", "unlocked", "category_changed", "answered", "unanswered")),
            Map.entry("discussion_comment", CREATED_EDITED_DELETED),
            Map.entry("image_version", Set.of("created", "ready", "deleted")),
            Map.entry("issue_comment", CREATED_EDITED_DELETED),
            Map.entry("issues", Set.of("opened", "edited", "deleted", "transferred", "pinned", "unpinned", "closed",
                    "reopened", "assigned", "unassigned", "labeled", "unlabeled", "locked", "unlocked", "milestoned",
                    "demilestoned", "typed", "untyped")),
            Map.entry("label", CREATED_EDITED_DELETED),
            Map.entry("merge_group", Set.of("checks_requested")),
            Map.entry("milestone", Set.of("created", "closed", "opened", "edited", "deleted")),
            Map.entry("project", Set.of("created", "closed", "reopened", "edited", "deleted")),
            Map.entry("project_card", Set.of("created", "moved", "converted", "edited", "deleted")),
            Map.entry("project_column", Set.of("created", "updated", "moved", "deleted")),
            Map.entry("pull_request", PULL_REQUEST),
            Map.entry("pull_request_comment", CREATED_EDITED_DELETED),
            Map.entry("pull_request_review", Set.of("submitted", "edited", "dismissed")),
            Map.entry("pull_request_review_comment", CREATED_EDITED_DELETED),
            Map.entry("pull_request_target", PULL_REQUEST),
            Map.entry("registry_package", Set.of("published", "updated")),
            Map.entry("release", Set.of("published", "unpublished", "created", "edited", "deleted", "prereleased",
                    "released")),
            Map.entry("watch", Set.of("started")),
            Map.entry("workflow_run", Set.of("requested", "completed", "in_progress")));

    /** Events whose configuration may only be empty: they have neither types nor filters. */
    static final Set<String> WITHOUT_CONFIGURATION = Set.of("create", "delete", "deployment", "deployment_status",
            "fork", "gollum", "page_build", "public", "status");

    private EventTypes() {}

    /** The activity types {@code event} accepts; empty when it takes none or any (see the class comment). */
    static Optional<Set<String>> of(String event) {
        return Optional.ofNullable(TYPES.get(event));
    }
}
