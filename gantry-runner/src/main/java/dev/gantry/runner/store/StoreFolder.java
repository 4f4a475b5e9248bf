package dev.gantry.runner.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The folder an action store lives in: one bare repository per action repository at
 * {@code <root>/<owner>/<repo>.git}. Owner and repository names are compared ignoring case, as GitHub does, and
 * keep the spelling of whoever stored them first. Entries whose names start with a dot (such as the checkout cache)
 * are not repositories. Safe for concurrent readers; creating a repository is not synchronised.
 */
public final class StoreFolder {

    /** Where a commit imported by its SHA is kept reachable: {@code refs/gantry/pins/<sha>}. */
    static final String PINS = "refs/gantry/pins/";

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String SUFFIX = ".git";

    private final Path root;

    public StoreFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Whether {@code owner/repo} is a name GitHub could give a repository (and so safe as two path segments). */
    public static boolean validName(String owner, String repo) {
        return OWNER.matcher(owner).matches() && REPO.matcher(repo).matches()
                && !repo.equals(".") && !repo.equals("..") && !repo.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The stored repository of {@code owner/repo}, compared ignoring case; empty when there is none. */
    public Optional<StoredRepository> find(String owner, String repo) throws IOException {
        for (Path ownerDir : matching(root, owner)) {
            List<Path> repoDirs = matching(ownerDir, repo + SUFFIX);
            if (!repoDirs.isEmpty()) {
                return Optional.of(repository(repoDirs.get(0)));
            }
        }
        return Optional.empty();
    }

    /** The stored repository of {@code owner/repo}, created empty (bare) when absent. */
    public StoredRepository findOrCreate(String owner, String repo) throws IOException {
        if (!validName(owner, repo)) {
            throw new IllegalArgumentException("not an action repository name: " + owner + "/" + repo);
        }
        Optional<StoredRepository> existing = find(owner, repo);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path ownerDir = matching(root, owner).stream().findFirst().orElse(root.resolve(owner));
        Path dir = ownerDir.resolve(repo + SUFFIX);
        try (Git created = Git.init().setBare(true).setInitialBranch("main").setDirectory(dir.toFile())
                .call()) {
            // Fetches and imports must not start JGit's automatic gc in the background: it races the next write.
            StoredConfig config = created.getRepository().getConfig();
            config.setInt("gc", null, "auto", 0);
            config.save();
            return repository(dir);
        } catch (GitAPIException e) {
            throw new IOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every stored repository, in no particular order. */
    public List<StoredRepository> repositories() throws IOException {
        List<StoredRepository> found = new ArrayList<>();
        for (Path ownerDir : children(root)) {
            for (Path repoDir : children(ownerDir)) {
                if (repoDir.getFileName().toString().endsWith(SUFFIX)) {
                    found.add(repository(repoDir));
                }
            }
        }
        return found;
    }

    private StoredRepository repository(Path dir) {
        String name = dir.getFileName().toString();
        return new StoredRepository(dir.getParent().getFileName().toString(),
                name.substring(0, name.length() - SUFFIX.length()), dir);
    }

    /** The sub-folders of {@code dir} named {@code name} ignoring case, in a stable order. */
    private static List<Path> matching(Path dir, String name) throws IOException {
        return children(dir).stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).toList();
    }

    private static List<Path> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> !p.getFileName().toString().startsWith(".") && Files.isDirectory(p))) {
            entries.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /**
     * A stored bare repository.
     *
     * @param owner the owner as stored
     * @param repo  the repository name as stored, without {@code .git}
     */
    public record StoredRepository(String owner, String repo, Path dir) {

        /** Opens the repository; the caller closes it. */
        public Repository open() throws IOException {
            File gitDir = dir.toFile();
            return new FileRepositoryBuilder().setGitDir(gitDir).setBare().setMustExist(true).build();
        }
    }
}
