package dev.gantry.agent;

import dev.gantry.api.agent.JobSpec;
import dev.gantry.engine.event.Commit;
import dev.gantry.engine.event.Diff;
import dev.gantry.engine.event.GitEventSource;
import dev.gantry.engine.event.SourceRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The repository as the job's event saw it: HEAD pinned at the spec's {@code headSha} on the spec's ref, whatever
 * the fetched copy's own HEAD is; commits and diffs come from the fetched copy when there is one. Not thread-safe
 * (one per job, closed after); never throws (what is unknown is empty).
 */
final class PinnedSource implements SourceRepository, AutoCloseable {

    private final JobSpec spec;
    private final Optional<GitEventSource> fetched;

    PinnedSource(JobSpec spec, Path bareRepository) {
        this.spec = spec;
        this.fetched = GitEventSource.open(bareRepository);
    }

    @Override
    public void close() {
        fetched.ifPresent(GitEventSource::close);
    }

    @Override
    public String folderName() {
        return spec.repository().name();
    }

    @Override
    public Optional<Head> head() {
        if (spec.headSha().isEmpty()) {
            return Optional.empty();
        }
        String ref = spec.ref();
        Optional<String> branch = ref.startsWith("refs/heads/") ? Optional.of(ref.substring("refs/heads/".length()))
                : Optional.empty();
        List<String> tags = ref.startsWith("refs/tags/") ? List.of(ref.substring("refs/tags/".length())) : List.of();
        Optional<Commit> commit = commit(spec.headSha());
        return commit.map(c -> new Head(c, branch, tags, Optional.empty()));
    }

    @Override
    public Optional<String> remoteUrl() {
        return Optional.of(spec.repository().cloneUrl());
    }

    @Override
    public Optional<String> defaultBranch() {
        return Optional.of(spec.repository().defaultBranch());
    }

    @Override
    public Optional<Commit> commit(String sha) {
        return fetched.flatMap(f -> f.commit(sha));
    }

    @Override
    public Optional<Diff> diff(String fromSha, String toSha) {
        return fetched.flatMap(f -> f.diff(fromSha, toSha));
    }

    @Override
    public Optional<Diff> diffFromMergeBase(String baseBranch, String toSha) {
        return fetched.flatMap(f -> f.diffFromMergeBase(baseBranch, toSha));
    }
}
