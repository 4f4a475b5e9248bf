package dev.gantry.runner.builtin.checkout;

import dev.gantry.runner.action.ActionCall;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.submodule.SubmoduleWalk;

/**
 * Checks out the submodules of a checked-out commit when their sources are on this machine: the source
 * repository's own checkout of the submodule, else a relative URL ({@code ../lib}) resolved against the source
 * folder, else a local path or {@code file:} URL. A submodule with none of these (a network URL) is left out with
 * a warning naming it.
 */
final class SubmoduleFetcher {

    private final ActionCall call;
    private final CommitFetcher fetcher;

    SubmoduleFetcher(ActionCall call, CommitFetcher fetcher) {
        this.call = call;
        this.fetcher = fetcher;
    }

    /** The submodules of the repository in {@code target}, fetched from beside {@code source}. */
    void update(Path source, Path target, boolean recursive, CommitFetcher.Options options)
            throws IOException, GitAPIException {
        if (!Files.isRegularFile(target.resolve(".gitmodules"))) {
            return;
        }
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(target.toFile()).build();
             SubmoduleWalk walk = SubmoduleWalk.forIndex(repository)) {
            while (walk.next()) {
                String path = walk.getPath();
                Optional<Path> local = localSource(source, path, Optional.ofNullable(walk.getModulesUrl()).orElse(""));
                Optional<Repository> opened = local.flatMap(SourceFolder::open);
                if (opened.isEmpty()) {
                    call.warning("actions/checkout: submodule '%s' (%s) has no source on this machine and was not checked out"
                            .formatted(path, walk.getModulesUrl()));
                    continue;
                }
                try (Repository sub = opened.get()) {
                    Optional<SourceRef> ref = SourceRef.resolve(sub, walk.getObjectId().name());
                    if (ref.isEmpty()) {
                        call.warning("actions/checkout: submodule '%s' needs commit %s, which %s does not hold"
                                .formatted(path, walk.getObjectId().name(), local.get()));
                        continue;
                    }
                    Path subTarget = target.resolve(path);
                    fetcher.fetch(sub.getDirectory().toPath(), ref.get(), subTarget, options);
                    if (recursive) {
                        update(local.get(), subTarget, true, options);
                    }
                }
            }
        } catch (org.eclipse.jgit.errors.ConfigInvalidException e) {
            call.warning("actions/checkout: .gitmodules in %s cannot be read: %s".formatted(target, e.getMessage()));
        }
    }

    private static Optional<Path> localSource(Path source, String path, String url) {
        Path checkedOut = source.resolve(path);
        if (Files.exists(checkedOut.resolve(".git"))) {
            return Optional.of(checkedOut);
        }
        if (url.startsWith("./") || url.startsWith("../")) {
            return existing(source.resolve(url).normalize());
        }
        if (url.startsWith("file:")) {
            try {
                return existing(Path.of(URI.create(url)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return url.startsWith("/") ? existing(Path.of(url)) : Optional.empty();
    }

    private static Optional<Path> existing(Path folder) {
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }
}
