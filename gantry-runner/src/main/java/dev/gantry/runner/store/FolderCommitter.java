package dev.gantry.runner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Commits the files of a plain folder (not a git repository) to a stored bare repository, as a new commit by
 * "Gantry import" whose parent is the branch's previous commit when there is one. Every file is taken — ignore
 * files do not apply, since an action's {@code node_modules} are part of it — except {@code .git} entries; the
 * executable bit and symbolic links are kept and empty folders dropped, as git does. Blocks on file I/O.
 */
final class FolderCommitter {

    static final PersonIdent AUTHOR_TEMPLATE = new PersonIdent("Gantry import", "import@gantry.invalid");

    private FolderCommitter() {}

    /** The new commit's SHA; the caller points a ref at it. Empty when the folder holds no file. */
    static Optional<ObjectId> commit(Repository repository, Path folder, Optional<ObjectId> parent, String message)
            throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            Optional<ObjectId> tree = tree(inserter, folder);
            if (tree.isEmpty()) {
                return Optional.empty();
            }
            PersonIdent who = new PersonIdent(AUTHOR_TEMPLATE, Instant.now());
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree.get());
            parent.ifPresent(commit::setParentId);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return Optional.of(id);
        }
    }

    private static Optional<ObjectId> tree(ObjectInserter inserter, Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.equals(".git")) {
                    continue;
                }
                entry(inserter, child, name).ifPresent(entries::add);
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        entries.sort((a, b) -> Arrays.compareUnsigned(a.sortKey(), b.sortKey()));
        TreeFormatter formatter = new TreeFormatter();
        entries.forEach(e -> formatter.append(e.name(), e.mode(), e.id()));
        return Optional.of(inserter.insert(formatter));
    }

    private static Optional<Entry> entry(ObjectInserter inserter, Path child, String name) throws IOException {
        if (Files.isSymbolicLink(child)) {
            byte[] target = Files.readSymbolicLink(child).toString().getBytes(StandardCharsets.UTF_8);
            return Optional.of(new Entry(name, FileMode.SYMLINK, inserter.insert(Constants.OBJ_BLOB, target)));
        }
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            return tree(inserter, child).map(id -> new Entry(name, FileMode.TREE, id));
        }
        if (!Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(child + " is neither a file, a folder nor a symbolic link");
        }
        ObjectId blob;
        try (InputStream in = Files.newInputStream(child)) {
            blob = inserter.insert(Constants.OBJ_BLOB, Files.size(child), in);
        }
        return Optional.of(new Entry(name, executable(child) ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE, blob));
    }

    private static boolean executable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                    .contains(PosixFilePermission.OWNER_EXECUTE);
        }
        return Files.isExecutable(file);
    }

    /** Git orders a tree's entries by name bytes, a folder's name read as if it ended in '/'. */
    private record Entry(String name, FileMode mode, ObjectId id) {
        byte[] sortKey() {
            return (mode == FileMode.TREE ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
        }
    }
}
