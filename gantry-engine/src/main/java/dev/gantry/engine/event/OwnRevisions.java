package dev.gantry.engine.event;

import java.util.Optional;

/**
 * The revision of events other than push, pull request, dispatch, schedule, call and workflow run: those that run
 * on a ref of their own (release: its tag; create: the created ref; deployment: the deployed ref and sha; review
 * events: the pull request's merge ref; merge group: its head), else the default branch.
 */
final class OwnRevisions {

    private OwnRevisions() {}

    static Revision of(String name, LocalFacts facts) {
        Payload p = facts.payload();
        Optional<Revision> own = switch (name) {
            case "release" -> p.string("release", "tag_name").map(t -> new Revision(facts.headSha(),
                    Revision.tagRef(t)));
            case "create" -> p.string("ref").map(r -> new Revision(facts.headSha(),
                    p.string("ref_type").orElse("branch").equals("tag") ? Revision.tagRef(r)
                            : Revision.branchRef(r)));
            case "deployment", "deployment_status" -> p.string("deployment", "ref").map(r -> new Revision(
                    p.string("deployment", "sha").orElseGet(facts::headSha), Revision.branchRef(r)));
            case "pull_request_review", "pull_request_review_comment" -> p.number("pull_request", "number")
                    .map(n -> new Revision(facts.headSha(), "refs/pull/%d/merge".formatted(n.intValue())));
            case "merge_group" -> p.string("merge_group", "head_ref").map(r -> new Revision(
                    p.string("merge_group", "head_sha").orElseGet(facts::headSha), r));
            default -> Optional.empty();
        };
        return own.orElseGet(facts::defaultRevision);
    }
}
