package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the payload and the working folder together say about the repository, read once per event: the payload
 * wins, the repository fills in, and act's defaults close the gaps (actor {@code gantry}, default branch
 * {@code master}, an empty sha when there is no commit).
 */
record LocalFacts(SourceRepository source, Payload payload, Optional<SourceRepository.Head> head,
                  RepositoryName name, String defaultBranch, String actor) {

    /** The actor when neither the payload nor a commit names one. */
    static final String DEFAULT_ACTOR = "gantry";

    /** act's default branch when nothing names one. */
    static final String FALLBACK_BRANCH = "master";

    static LocalFacts read(SourceRepository source, Value.Obj payloadObj) {
        Payload payload = new Payload(payloadObj);
        Optional<SourceRepository.Head> head = source.head();
        RepositoryName name = payload.string("repository", "full_name")
                .filter(full -> full.contains("/"))
                .map(full -> new RepositoryName(full.substring(0, full.indexOf('/')),
                        full.substring(full.indexOf('/') + 1)))
                .or(() -> source.remoteUrl().flatMap(RepositoryName::fromRemoteUrl))
                .orElseGet(() -> new RepositoryName(RepositoryName.LOCAL_OWNER, source.folderName()));
        String defaultBranch = payload.string("repository", "default_branch")
                .or(source::defaultBranch)
                .or(() -> head.flatMap(SourceRepository.Head::branch))
                .orElse(FALLBACK_BRANCH);
        String actor = payload.string("sender", "login")
                .or(() -> head.map(h -> h.commit().author().name()).filter(n -> !n.isBlank()))
                .orElse(DEFAULT_ACTOR);
        return new LocalFacts(source, payload, head, name, defaultBranch, actor);
    }

    /** The checked-out commit's id, or empty (a plain folder, as in act). */
    String headSha() {
        return head.map(h -> h.commit().sha()).orElse("");
    }

    /** The ref HEAD is on: its branch, else a tag pointing at it, else the default branch. */
    String headRef() {
        return head.flatMap(SourceRepository.Head::branch).map(Revision::branchRef)
                .or(() -> head.flatMap(h -> h.tags().stream().findFirst()).map(Revision::tagRef))
                .orElse(Revision.branchRef(defaultBranch));
    }

    /** The revision of events that run on the default branch (schedule, issues, workflow_run…). */
    Revision defaultRevision() {
        String ref = payload.string("repository", "default_branch").map(Revision::branchRef).orElseGet(this::headRef);
        return new Revision(headSha(), ref);
    }

    /** The payload completed with {@code repository} and {@code sender} objects when it lacks them. */
    Value.Obj completed(Value.Obj obj) {
        return Payload.withDefault(Payload.withDefault(obj, "repository", repositoryObject()), "sender", sender());
    }

    private Value.Obj repositoryObject() {
        Map<String, Value> owner = new LinkedHashMap<>();
        owner.put("login", new Value.Str(name.owner()));
        owner.put("name", new Value.Str(name.owner()));
        Map<String, Value> repo = new LinkedHashMap<>();
        repo.put("name", new Value.Str(name.name()));
        repo.put("full_name", new Value.Str(name.fullName()));
        repo.put("owner", new Value.Obj(owner));
        repo.put("default_branch", new Value.Str(defaultBranch));
        source.remoteUrl().ifPresent(url -> repo.put("clone_url", new Value.Str(url)));
        return new Value.Obj(repo);
    }

    private Value.Obj sender() {
        return new Value.Obj(Map.of("login", new Value.Str(actor), "type", new Value.Str("User")));
    }
}
