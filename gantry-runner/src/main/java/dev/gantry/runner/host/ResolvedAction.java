package dev.gantry.runner.host;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.workflow.action.ActionMetadata;
import dev.gantry.workflow.action.ActionRuns;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The action behind a step's {@code uses:}, found by {@link ActionResolver}: files on disk, a built-in, or an image
 * ({@code docker://}).
 */
sealed interface ResolvedAction {

    /** The {@code uses:} text as written. */
    String uses();

    ActionMetadata metadata();

    /**
     * Whether the action has a pre or a post phase ({@code runs.pre}/{@code runs.post} of a JavaScript action,
     * {@code runs.pre-entrypoint}/{@code runs.post-entrypoint} of a docker action).
     */
    default boolean hasPhase(BuiltinAction.Phase phase) {
        return switch (metadata().runs()) {
            case ActionRuns.Node node -> switch (phase) {
                case PRE -> node.pre().isPresent();
                case MAIN -> true;
                case POST -> node.post().isPresent();
            };
            case ActionRuns.Docker docker -> switch (phase) {
                case PRE -> docker.preEntrypoint().isPresent();
                case MAIN -> true;
                case POST -> docker.postEntrypoint().isPresent();
            };
            case ActionRuns.Composite composite -> false;
        };
    }

    /**
     * An action's files: a local action in the workspace, or a repository action from the store.
     *
     * @param directory  the folder holding {@code action.yml}
     * @param repository {@code owner/repo} of a repository action; empty for a local one
     * @param ref        the ref as written; empty for a local action
     * @param sha        the commit the ref resolved to; empty for a local action
     */
    record OnDisk(String uses, ActionMetadata metadata, Path directory, Optional<String> repository,
                  Optional<String> ref, Optional<String> sha) implements ResolvedAction {
        public OnDisk {
            Objects.requireNonNull(uses, "uses");
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(sha, "sha");
        }
    }

    /** A native stand-in, used because the store does not hold the action. */
    record Builtin(String uses, ActionMetadata metadata, BuiltinAction action) implements ResolvedAction {
        public Builtin {
            Objects.requireNonNull(uses, "uses");
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * A {@code uses: docker://image} step: the image runs as a docker action whose metadata declares only the
     * {@code args} and {@code entrypoint} inputs.
     */
    record Image(String uses, ActionMetadata metadata) implements ResolvedAction {
        public Image {
            Objects.requireNonNull(uses, "uses");
            Objects.requireNonNull(metadata, "metadata");
        }
    }
}
