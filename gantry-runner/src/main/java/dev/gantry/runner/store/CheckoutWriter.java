package dev.gantry.runner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes a commit's files into {@code <cache>/<owner>/<repo>/<sha>/}, read-only, and reuses them when present.
 *
 * <p>The tree is written to a temporary sibling folder and renamed into place in one step, so a reader never sees
 * a half-written checkout; when two threads or processes write the same commit at once, the first rename wins and
 * the other discards its copy. Executable bits and symbolic links are kept; submodules become empty folders (as in
 * the archives GitHub runs actions from). A tree entry that would leave the checkout folder is refused.
 */
final class CheckoutWriter {

    private static final boolean POSIX = FileSystems.getDefault()
            .supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--r--r--");
    private static final Set<PosixFilePermission> READ_EXECUTE = PosixFilePermissions.fromString("r-xr-xr-x");

    private final Path cache;

    CheckoutWriter(Path cache) {
        this.cache = cache.toAbsolutePath().normalize();
    }

    Path cache() {
        return cache;
    }

    /** The checkout of {@code sha}, written now unless an earlier call (of any process) already did. Blocks on I/O. */
    Path checkout(Repository repository, String owner, String repo, String sha) throws IOException {
        Path parent = cache.resolve(owner).resolve(repo);
        Path target = parent.resolve(sha);
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(parent);
        Path partial = Files.createTempDirectory(parent, "." + sha + ".partial-");
        try {
            write(repository, ObjectId.fromString(sha), partial);
            seal(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(partial);
            if (Files.isDirectory(target)) {
                return target;                      // another writer renamed its copy first
            }
            throw new IOException("cannot write the checkout of " + owner + "/" + repo + "@" + sha + " to " + target
                    + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static void write(Repository repository, ObjectId commit, Path into) throws IOException {
        try (RevWalk revWalk = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(revWalk.parseCommit(commit).getTree());
            walk.setRecursive(true);
            ObjectReader reader = walk.getObjectReader();
            while (walk.next()) {
                Path file = inside(into, walk.getPathString());
                Files.createDirectories(file.getParent());
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.GITLINK) {
                    Files.createDirectories(file);
                } else if (mode == FileMode.SYMLINK) {
                    String link = new String(reader.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                    Files.createSymbolicLink(file, Path.of(link));
                } else {
                    ObjectLoader blob = reader.open(walk.getObjectId(0));
                    try (InputStream in = blob.openStream()) {
                        Files.copy(in, file);
                    }
                    if (POSIX) {
                        Files.setPosixFilePermissions(file, mode == FileMode.EXECUTABLE_FILE ? READ_EXECUTE : READ_ONLY);
                    } else {
                        file.toFile().setReadOnly();
                    }
                }
            }
        }
    }

    private static Path inside(Path root, String treePath) throws IOException {
        for (String segment : treePath.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.equalsIgnoreCase(".git")) {
                throw new IOException("the commit holds a path that cannot be checked out safely: " + treePath);
            }
        }
        Path file = root.resolve(treePath).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("the commit holds a path outside its folder: " + treePath);
        }
        return file;
    }

    /** Makes every folder read-only too, deepest first; links are not followed. */
    private static void seal(Path root) throws IOException {
        if (!POSIX) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.setPosixFilePermissions(dir, READ_EXECUTE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes a partial or losing copy. Best effort: a leftover ".partial-" folder is never taken for a checkout. */
    private static void delete(Path root) {
        try {
            StoreFiles.deleteTree(root);
        } catch (IOException ignored) {
            // see above
        }
    }
}
