package dev.gantry.server.git;

import dev.gantry.server.store.Repository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The bare git repositories on disk, one per registered repository at {@code <data dir>/git/OWNER/NAME.git}: what
 * hosted git pushes into and what a repository registered by URL is mirrored into. A bare repository is created
 * on first use (the first git request or fetch), with {@code HEAD} on the repository's default branch, so every
 * repository the store knows has one without the API having to create it.
 *
 * <p>Owner and name are checked as {@code NewRepository} checks them (1 to 100 letters, digits, {@code - _ .}, not
 * {@code .} or {@code ..}), and the resolved folder must lie under the git folder: no name escapes it. Thread-safe;
 * methods block on the file system.
 */
public final class HostedRepositories {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private final Path root;
    /** One lock for the whole process, so that two instances over the same folder never create one twice. */
    private static final Object CREATING = new Object();

    /** Repositories under {@code dataDir/git}; nothing is created until a repository is opened. */
    public HostedRepositories(Path dataDir) {
        this.root = dataDir.resolve("git").toAbsolutePath().normalize();
    }

    /** The folder of the bare repository {@code owner/name}; empty when either is not a valid name. */
    public Optional<Path> directory(String owner, String name) {
        if (!valid(owner) || !valid(name)) {
            return Optional.empty();
        }
        Path dir = root.resolve(owner).resolve(name + ".git").normalize();
        return dir.startsWith(root) ? Optional.of(dir) : Optional.empty();
    }

    /** The folder of {@code repository}'s bare repository (it may not exist yet). */
    public Path directory(Repository repository) {
        return directory(repository.owner(), repository.name()).orElseThrow(() -> new IllegalArgumentException(
                "repository " + repository.fullName() + " has a name that cannot be a folder"));
    }

    /**
     * Opens {@code repository}'s bare repository, creating it first when it does not exist. The caller closes it.
     *
     * @throws IOException when it cannot be created or read
     */
    public org.eclipse.jgit.lib.Repository open(Repository repository) throws IOException {
        Path dir = directory(repository);
        if (!Files.isDirectory(dir)) {
            synchronized (CREATING) {
                if (!Files.isDirectory(dir)) {
                    create(dir, repository.defaultBranch());
                }
            }
        }
        return openExisting(dir);
    }

    /** Opens {@code repository}'s bare repository if it exists; the caller closes it. */
    public Optional<org.eclipse.jgit.lib.Repository> openIfExists(Repository repository) throws IOException {
        Path dir = directory(repository);
        return Files.isDirectory(dir) ? Optional.of(openExisting(dir)) : Optional.empty();
    }

    static org.eclipse.jgit.lib.Repository openExisting(Path dir) throws IOException {
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().setMustExist(true).build();
    }

    /** Creates the repository in a temporary folder beside it and renames it into place, so it is whole or absent. */
    private static void create(Path dir, String defaultBranch) throws IOException {
        Files.createDirectories(dir.getParent());
        Path temporary = dir.resolveSibling("." + dir.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (org.eclipse.jgit.lib.Repository created = new FileRepositoryBuilder().setGitDir(temporary.toFile())
                .setBare().build()) {
            created.create(true);
            String branch = Constants.R_HEADS + defaultBranch;
            RefUpdate head = created.getRefDatabase().newUpdate(Constants.HEAD, false);
            head.link(org.eclipse.jgit.lib.Repository.isValidRefName(branch) ? branch : Constants.R_HEADS + "main");
        }
        Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean valid(String segment) {
        return segment != null && SEGMENT.matcher(segment).matches() && !segment.equals(".") && !segment.equals("..");
    }
}
