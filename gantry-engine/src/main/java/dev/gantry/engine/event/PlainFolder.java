package dev.gantry.engine.event;

import java.util.Objects;
import java.util.Optional;

/** A folder that is not a git repository: only its name is known. */
public record PlainFolder(String folderName) implements SourceRepository {

    public PlainFolder {
        Objects.requireNonNull(folderName, "folderName");
    }

    @Override
    public Optional<Head> head() {
        return Optional.empty();
    }

    @Override
    public Optional<String> remoteUrl() {
        return Optional.empty();
    }

    @Override
    public Optional<String> defaultBranch() {
        return Optional.empty();
    }

    @Override
    public Optional<Commit> commit(String sha) {
        return Optional.empty();
    }

    @Override
    public Optional<Diff> diff(String fromSha, String toSha) {
        return Optional.empty();
    }

    @Override
    public Optional<Diff> diffFromMergeBase(String baseBranch, String toSha) {
        return Optional.empty();
    }
}
