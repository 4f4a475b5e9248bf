package dev.gantry.server.git;

import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The workflow files of a commit: the {@code *.yml} and {@code *.yaml} entries directly in
 * {@code .github/workflows} (not in its subfolders, as GitHub reads them), in path order. A file that is not valid
 * UTF-8, larger than {@value #MAX_BYTES} bytes, or not a regular file is listed as {@link WorkflowFile.Unreadable}.
 * Blocks on disk reads; thread-safe as far as the repository is.
 */
public final class WorkflowFiles {

    public static final String FOLDER = ".github/workflows";
    /** Larger files are not read: no workflow is that long, and a pushed file must not exhaust memory. */
    public static final int MAX_BYTES = 1 << 20;

    private WorkflowFiles() {
    }

    /** What {@link #at} found. */
    public sealed interface Listing {
        /** The commit exists; {@code files} may be empty (no workflows folder, or nothing in it). */
        record Found(String sha, List<WorkflowFile> files) implements Listing {
            public Found {
                Objects.requireNonNull(sha, "sha");
                files = List.copyOf(files);
            }
        }

        /** The commit is not in the repository (or the id is not a commit id): {@code problem} says which. */
        record MissingCommit(String sha, String problem) implements Listing {
            public MissingCommit {
                Objects.requireNonNull(sha, "sha");
                Objects.requireNonNull(problem, "problem");
            }
        }
    }

    /**
     * The workflow files of commit {@code sha} (a full id) in {@code git}.
     *
     * @throws IOException when the repository cannot be read (not for a missing commit)
     */
    public static Listing at(Repository git, String sha) throws IOException {
        if (!ObjectId.isId(sha)) {
            return new Listing.MissingCommit(sha, "\"" + sha + "\" is not a full commit id.");
        }
        try (RevWalk walk = new RevWalk(git)) {
            RevCommit commit;
            try {
                commit = walk.parseCommit(ObjectId.fromString(sha));
            } catch (MissingObjectException e) {
                return new Listing.MissingCommit(sha, "The commit " + sha + " is not in the repository.");
            } catch (IncorrectObjectTypeException e) {
                return new Listing.MissingCommit(sha, "The object " + sha + " is not a commit.");
            }
            List<WorkflowFile> files = new ArrayList<>();
            try (TreeWalk folder = TreeWalk.forPath(git, FOLDER, commit.getTree())) {
                if (folder == null || !folder.isSubtree()) {
                    return new Listing.Found(sha, List.of());
                }
                try (TreeWalk entries = new TreeWalk(git)) {
                    entries.addTree(folder.getObjectId(0));
                    entries.setRecursive(false);
                    while (entries.next()) {
                        String name = entries.getNameString();
                        if (!entries.isSubtree() && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                            files.add(read(git, FOLDER + "/" + name, entries.getFileMode(0), entries.getObjectId(0)));
                        }
                    }
                }
            }
            files.sort(Comparator.comparing(WorkflowFile::path));
            return new Listing.Found(sha, files);
        }
    }

    private static WorkflowFile read(Repository git, String path, FileMode mode, ObjectId blob) throws IOException {
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
            return new WorkflowFile.Unreadable(path, "The workflow file " + path + " is not a regular file.");
        }
        ObjectLoader loader = git.open(blob);
        if (loader.getSize() > MAX_BYTES) {
            return new WorkflowFile.Unreadable(path, "The workflow file " + path + " is larger than " + MAX_BYTES
                    + " bytes.");
        }
        byte[] bytes = loader.getBytes();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new WorkflowFile.Text(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return new WorkflowFile.Unreadable(path, "The workflow file " + path + " is not valid UTF-8 text.");
        }
    }
}
