package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link PullRequest}: from the payload where it says; a local run without one is a pull request of the
 * checked-out branch into the default branch, activity {@value #LOCAL_ACTIVITY}, number 0. The changed files are
 * those since the merge base with the base branch, as GitHub computes them for {@code paths} filters.
 *
 * <p>The run's commit: for {@code pull_request} GitHub uses the test merge commit; a local run uses the checked-out
 * commit, as act does (the payload's head commit when the folder is no repository). {@code pull_request_target}
 * runs on the base branch's commit.
 */
final class PullRequestBuilder {

    /** The activity of a local pull request run without a payload. */
    static final String LOCAL_ACTIVITY = "opened";

    private PullRequestBuilder() {}

    static PullRequest build(LocalFacts facts, boolean target) {
        Payload p = facts.payload();
        String activity = p.string("action").orElse(LOCAL_ACTIVITY);
        int number = p.number("number").or(() -> p.number("pull_request", "number")).map(Double::intValue).orElse(0);
        PullRequest.Side base = new PullRequest.Side(
                p.string("pull_request", "base", "ref").orElse(facts.defaultBranch()),
                p.string("pull_request", "base", "sha").orElse(""));
        PullRequest.Side head = new PullRequest.Side(
                p.string("pull_request", "head", "ref").or(() -> facts.head().flatMap(SourceRepository.Head::branch))
                        .orElse(""),
                p.string("pull_request", "head", "sha").orElseGet(facts::headSha));
        List<String> labels = p.array("pull_request", "labels").stream()
                .flatMap(l -> new Payload(l instanceof Value.Obj o ? o : new Value.Obj(Map.of())).string("name")
                        .stream())
                .toList();
        boolean draft = p.bool("pull_request", "draft").orElse(false);
        boolean merged = p.bool("pull_request", "merged").orElse(false);
        Optional<String> headMessage = facts.source().commit(head.sha()).map(Commit::message);
        ChangedFiles changes = head.sha().isEmpty() ? new ChangedFiles.Unknown()
                : facts.source().diffFromMergeBase(base.ref(), head.sha()).<ChangedFiles>map(Diff::changedFiles)
                        .orElseGet(ChangedFiles.Unknown::new);
        Revision revision = target
                ? new Revision(base.sha().isEmpty() ? facts.headSha() : base.sha(), Revision.branchRef(base.ref()))
                : new Revision(facts.head().isPresent() ? facts.headSha() : head.sha(),
                        "refs/pull/%d/merge".formatted(number));
        Value.Obj payload = synthesize(p.root(), activity, number, base, head, draft, merged, headMessage);
        return new PullRequest(target, activity, number, base, head, labels, draft, merged, headMessage, changes,
                revision, facts.actor(), facts.completed(payload));
    }

    private static Value.Obj synthesize(Value.Obj payload, String activity, int number, PullRequest.Side base,
                                        PullRequest.Side head, boolean draft, boolean merged,
                                        Optional<String> headMessage) {
        Map<String, Value> pr = new LinkedHashMap<>();
        pr.put("number", new Value.Num(number));
        pr.put("state", new Value.Str("open"));
        pr.put("title", new Value.Str(headMessage.map(m -> m.lines().findFirst().orElse("")).orElse("")));
        pr.put("draft", Value.of(draft));
        pr.put("merged", Value.of(merged));
        pr.put("labels", new Value.Arr(List.of()));
        pr.put("head", side(head));
        pr.put("base", side(base));
        Map<String, Value> defaults = new LinkedHashMap<>();
        defaults.put("action", new Value.Str(activity));
        defaults.put("number", new Value.Num(number));
        defaults.put("pull_request", new Value.Obj(pr));
        return Payload.withDefaults(payload, defaults);
    }

    private static Value.Obj side(PullRequest.Side side) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("ref", new Value.Str(side.ref()));
        out.put("sha", new Value.Str(side.sha()));
        return new Value.Obj(out);
    }
}
