package dev.gantry.runner.store;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

/** Where {@code gantry actions import} takes an action from. */
public sealed interface ImportSource {

    /** A git repository: a URL JGit can fetch from, or the path of a local repository (bare or with a work tree). */
    record GitSource(String uri) implements ImportSource {}

    /** A plain folder holding an action's files; they are committed to the store. */
    record FolderSource(Path folder) implements ImportSource {}

    /** {@code user@host:path}, git's short form of an ssh URL. */
    Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+:.+");

    /**
     * What {@code --from} names: a URL (or {@code user@host:path}) is a git source; an existing folder is a git
     * source when it is a repository itself, else a plain folder. Empty when it is none of these (no such path, or a
     * file).
     */
    static Optional<ImportSource> of(String from) {
        if (ActionStores.isUrl(from) || SCP_LIKE.matcher(from).matches() && !Files.exists(Path.of(from))) {
            return Optional.of(new GitSource(from));
        }
        Path path;
        try {
            path = Path.of(from).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        File dir = path.toFile();
        if (Files.exists(path.resolve(".git")) || RepositoryCache.FileKey.isGitRepository(dir, FS.DETECTED)) {
            return Optional.of(new GitSource(path.toString()));
        }
        return Optional.of(new FolderSource(path));
    }

    /** How the source is named in messages. */
    default String describe() {
        return switch (this) {
            case GitSource g -> g.uri();
            case FolderSource f -> f.folder().toString();
        };
    }
}
