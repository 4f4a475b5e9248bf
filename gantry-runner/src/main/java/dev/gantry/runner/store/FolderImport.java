package dev.gantry.runner.store;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * The plain-folder half of {@link ImportAction}: chooses tag or branch for REF (what the store already has, else a
 * tag for a version-like name), commits the files and points the ref at the commit.
 */
final class FolderImport {

    private FolderImport() {}

    static ImportOutcome run(Repository git, StoreFolder.StoredRepository stored, String ref,
            ImportSource.FolderSource source) throws IOException {
        if (RefResolver.FULL_SHA.matcher(ref).matches()) {
            return new ImportOutcome.Failed("the files of " + source.folder() + " need a tag or branch name to be "
                    + "imported as, not a commit SHA (" + ref + ")");
        }
        RefKind kind = existingKind(git, ref).orElse(ImportAction.looksLikeVersion(ref) ? RefKind.TAG : RefKind.BRANCH);
        String name = RefResolver.refName(kind, ref);
        Ref previous = git.exactRef(name);
        Optional<ObjectId> parent = kind == RefKind.BRANCH && previous != null
                ? Optional.ofNullable(previous.getObjectId()) : Optional.empty();
        Optional<ObjectId> commit = FolderCommitter.commit(git, source.folder(), parent,
                "Import " + source.folder().getFileName() + " as " + kind.label() + " " + ref + "\n");
        if (commit.isEmpty()) {
            return new ImportOutcome.Failed("the folder " + source.folder() + " holds no files to import as " + ref);
        }
        ImportAction.point(git, name, commit.get());
        String verb = previous == null ? "new " : "updated ";
        return ImportAction.imported(stored, ref, kind, commit.get().name(),
                "files of " + source.folder() + " committed as " + verb + kind.label() + " " + ref);
    }

    private static Optional<RefKind> existingKind(Repository git, String ref) throws IOException {
        if (git.exactRef(RefResolver.refName(RefKind.TAG, ref)) != null) {
            return Optional.of(RefKind.TAG);
        }
        if (git.exactRef(RefResolver.refName(RefKind.BRANCH, ref)) != null) {
            return Optional.of(RefKind.BRANCH);
        }
        return Optional.empty();
    }
}
