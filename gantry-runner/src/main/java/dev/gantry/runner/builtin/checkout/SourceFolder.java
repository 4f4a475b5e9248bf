package dev.gantry.runner.builtin.checkout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens a local source repository: a work tree (whose {@code .git} may be a folder or a {@code gitdir:} file) or a bare one. */
final class SourceFolder {

    private SourceFolder() {}

    /** The repository in {@code folder}; empty when there is none. The caller closes it. */
    static Optional<Repository> open(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (Files.exists(folder.resolve(Constants.DOT_GIT))) {
            builder.setWorkTree(folder.toFile());
        } else {
            builder.setGitDir(folder.toFile());
        }
        try {
            Repository repository = builder.build();
            if (!repository.getObjectDatabase().exists()) {
                repository.close();
                return Optional.empty();
            }
            return Optional.of(repository);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The work tree of {@code repository}, real path; empty for a bare repository. */
    static Optional<Path> workTree(Repository repository) {
        if (repository.isBare()) {
            return Optional.empty();
        }
        try {
            return Optional.of(repository.getWorkTree().toPath().toRealPath());
        } catch (IOException e) {
            return Optional.of(repository.getWorkTree().toPath().toAbsolutePath().normalize());
        }
    }
}
