package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A run to create: which workflow of which repository, for which event and commit, started by whom. */
public record NewRun(RepositoryId repository, String workflowPath, String event, String headSha,
                     Optional<String> headBranch, String actor) {

    public NewRun {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(workflowPath, "workflowPath");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(actor, "actor");
    }

    /** A job of a run to create: its key in the run, display name, the keys it needs, its {@code runs-on} labels. */
    public record Job(String key, String name, List<String> needs, List<String> runsOn) {
        public Job {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            needs = List.copyOf(needs);
            runsOn = List.copyOf(runsOn);
        }
    }
}
