package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.filter.ChangedFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link Push}: from the payload where it says, else from the checked-out commit, which then is the one
 * pushed commit ({@code before} its parent, the changed files those between the two).
 */
final class PushBuilder {

    private PushBuilder() {}

    static Push build(LocalFacts facts) {
        Payload p = facts.payload();
        Optional<SourceRepository.Head> head = facts.head();
        String ref = p.string("ref").orElseGet(facts::headRef);
        String after = p.string("after").orElseGet(facts::headSha);
        String before = p.string("before").or(() -> head.flatMap(SourceRepository.Head::parent))
                .orElse(Revision.ZERO_SHA);
        boolean created = p.bool("created").orElse(before.equals(Revision.ZERO_SHA));
        boolean deleted = p.bool("deleted").orElse(false);
        boolean forced = p.bool("forced").orElse(false);

        Optional<Diff> localDiff = after.isEmpty() || deleted ? Optional.empty() : facts.source().diff(before, after);
        List<Value> payloadCommits = p.array("commits");
        List<Commit> commits = new ArrayList<>(payloadCommits.stream().map(CommitJson::read).toList());
        List<Value> commitsJson = new ArrayList<>();
        if (p.get("commits").isEmpty() && head.isPresent()) {
            Commit commit = head.get().commit();
            commits.add(commit);
            commitsJson.add(CommitJson.write(commit, localDiff.orElse(Diff.EMPTY)));
        }
        Optional<Commit> headCommit = p.object("head_commit").map(CommitJson::read)
                .or(() -> p.get("head_commit").isPresent() ? Optional.empty() : commits.stream().reduce((a, b) -> b));
        String pusher = p.string("pusher", "name").orElseGet(facts::actor);

        Value.Obj payload = synthesize(p.root(), ref, before, after, created, deleted, forced, commitsJson,
                headCommit, localDiff, facts);
        return new Push(ref, before, after, created, deleted, forced, commits, headCommit, pusher,
                changes(localDiff, payloadCommits, deleted), new Revision(after, ref), facts.actor(),
                facts.completed(payload));
    }

    /**
     * The local diff when the repository has both commits; else the files the payload's commits list; else not
     * known. A deleted ref changed nothing.
     */
    private static ChangedFiles changes(Optional<Diff> local, List<Value> payloadCommits, boolean deleted) {
        if (deleted) {
            return ChangedFiles.of(List.of());
        }
        if (local.isPresent()) {
            return local.get().changedFiles();
        }
        if (payloadCommits.isEmpty()) {
            return new ChangedFiles.Unknown();
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        for (Value commit : payloadCommits) {
            Diff files = CommitJson.files(commit);
            added.addAll(files.added());
            removed.addAll(files.removed());
            modified.addAll(files.modified());
        }
        return new Diff(added, removed, modified).changedFiles();
    }

    private static Value.Obj synthesize(Value.Obj payload, String ref, String before, String after, boolean created,
                                        boolean deleted, boolean forced, List<Value> commits,
                                        Optional<Commit> headCommit,
                                        Optional<Diff> localDiff, LocalFacts facts) {
        Map<String, Value> defaults = new LinkedHashMap<>();
        defaults.put("ref", new Value.Str(ref));
        defaults.put("before", new Value.Str(before));
        defaults.put("after", new Value.Str(after.isEmpty() ? Revision.ZERO_SHA : after));
        defaults.put("created", Value.of(created));
        defaults.put("deleted", Value.of(deleted));
        defaults.put("forced", Value.of(forced));
        defaults.put("base_ref", Value.NULL);
        defaults.put("compare", new Value.Str(""));
        defaults.put("commits", new Value.Arr(commits));
        defaults.put("head_commit", headCommit.<Value>map(c -> CommitJson.write(c, localDiff.orElse(Diff.EMPTY)))
                .orElse(Value.NULL));
        Map<String, Value> pusher = new LinkedHashMap<>();
        pusher.put("name", new Value.Str(facts.actor()));
        pusher.put("email", new Value.Str(facts.head().map(h -> h.commit().author().email()).orElse("")));
        defaults.put("pusher", new Value.Obj(pusher));
        return Payload.withDefaults(payload, defaults);
    }
}
