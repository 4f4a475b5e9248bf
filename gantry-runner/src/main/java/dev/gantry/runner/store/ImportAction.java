package dev.gantry.runner.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;

/**
 * {@code gantry actions import OWNER/REPO@REF --from SOURCE}: puts one ref of an action repository into a folder
 * store. From a git source it fetches that tag or branch (and the tags pointing into its history), or the commit of a
 * full SHA, which is then kept by a pin ref; from a plain folder it commits the files as a tag when REF looks like a
 * version ({@code v1}, {@code v1.2.3}) and as a branch otherwise — unless the store already has REF as one of them.
 *
 * <p>Blocks on I/O and the network. Never throws for bad input or an unusable source: that is a
 * {@link ImportOutcome.Failed} naming the source and the ref. Not safe to run twice at once for one repository.
 */
public final class ImportAction {

    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*([-+][0-9A-Za-z.-]+)?");

    private final StoreFolder store;

    public ImportAction(StoreFolder store) {
        this.store = store;
    }

    /** Whether a folder imported as {@code ref} becomes a tag (rather than a branch) in a store without that ref. */
    public static boolean looksLikeVersion(String ref) {
        return VERSION.matcher(ref).matches();
    }

    /** Whether {@code ref} can name a tag or branch, or is a full commit SHA. */
    public static boolean validRef(String ref) {
        return RefResolver.FULL_SHA.matcher(ref).matches() || Repository.isValidRefName(Constants.R_TAGS + ref);
    }

    public ImportOutcome run(String owner, String repo, String ref, ImportSource source) {
        if (!StoreFolder.validName(owner, repo)) {
            return new ImportOutcome.Failed("not an action repository name: " + owner + "/" + repo);
        }
        if (!validRef(ref)) {
            return new ImportOutcome.Failed("not a tag, branch or commit SHA git allows: " + ref);
        }
        boolean created = false;
        StoreFolder.StoredRepository stored = null;
        try {
            created = store.find(owner, repo).isEmpty();
            stored = store.findOrCreate(owner, repo);
            ImportOutcome outcome;
            try (Repository git = stored.open()) {
                outcome = switch (source) {
                    case ImportSource.GitSource g -> fromGit(git, stored, ref, g.uri());
                    case ImportSource.FolderSource f -> FolderImport.run(git, stored, ref, f);
                };
            }
            if (outcome instanceof ImportOutcome.Failed && created) {
                StoreFiles.deleteTree(stored.dir());
            }
            return outcome;
        } catch (IOException | RuntimeException e) {
            if (created && stored != null) {
                try {
                    StoreFiles.deleteTree(stored.dir());
                } catch (IOException ignored) {
                    // the empty repository lists nothing
                }
            }
            String why = String.valueOf(e.getMessage());
            String from = why.contains(source.describe()) ? "" : " from " + source.describe();
            return new ImportOutcome.Failed("cannot import " + owner + "/" + repo + "@" + ref + from + ": " + why);
        }
    }

    private static ImportOutcome fromGit(Repository git, StoreFolder.StoredRepository stored, String ref, String uri)
            throws IOException {
        Optional<Collection<Ref>> advertised = RefFetcher.advertised(uri);
        if (advertised.isEmpty()) {
            return new ImportOutcome.Failed("no git repository at " + uri);
        }
        SourceRefs refs = SourceRefs.of(advertised.get());
        RefKind kind;
        if (refs.tags().contains(ref)) {
            kind = RefKind.TAG;
        } else if (refs.branches().contains(ref)) {
            kind = RefKind.BRANCH;
        } else if (RefResolver.FULL_SHA.matcher(ref).matches()) {
            return fromGitCommit(git, stored, ref, uri, refs);
        } else {
            return new ImportOutcome.Failed(refs.notFound(ref, uri));
        }
        String name = RefResolver.refName(kind, ref);
        RefFetcher.fetch(git, uri, List.of(new RefSpec("+" + name + ":" + name)), true);
        Optional<String> sha = RefResolver.named(git, name);
        if (sha.isEmpty()) {
            return new ImportOutcome.Failed(kind.label() + " " + ref + " in " + uri + " does not point to a commit");
        }
        return imported(stored, ref, kind, sha.get(), "");
    }

    /**
     * A commit by its SHA: fetched by name when a ref of the source points at it, else found among every branch and
     * tag of the source (servers need not serve a commit no ref points at).
     */
    private static ImportOutcome fromGitCommit(Repository git, StoreFolder.StoredRepository stored, String sha,
            String uri, SourceRefs refs) throws IOException {
        String full = sha.toLowerCase(Locale.ROOT);
        String pin = RefResolver.refName(RefKind.SHA, full);
        String scratch = "refs/gantry/import/";
        List<RefSpec> specs = refs.pointingAt(full)
                .map(name -> List.of(new RefSpec("+" + name + ":" + scratch + "found")))
                .orElse(List.of(new RefSpec("+refs/heads/*:" + scratch + "heads/*"),
                        new RefSpec("+refs/tags/*:" + scratch + "tags/*")));
        try {
            RefFetcher.fetch(git, uri, specs, false);
            if (RefResolver.resolve(git, full) instanceof RefResolution.Commit) {
                point(git, pin, ObjectId.fromString(full));
            }
        } finally {
            for (Ref r : git.getRefDatabase().getRefsByPrefix(scratch)) {
                RefUpdate delete = git.updateRef(r.getName());
                delete.setForceUpdate(true);
                delete.delete();
            }
        }
        if (RefResolver.named(git, pin).isEmpty()) {
            return new ImportOutcome.Failed("commit " + full + " not found in " + uri);
        }
        return imported(stored, full, RefKind.SHA, full, "");
    }

    static ImportOutcome imported(StoreFolder.StoredRepository stored, String ref, RefKind kind, String sha,
            String note) {
        return new ImportOutcome.Imported(new StoredRef(stored.owner(), stored.repo(), ref, kind, sha), note);
    }

    /** Points {@code name} at {@code id}, whatever it pointed to before. */
    static void point(Repository git, String name, ObjectId id) throws IOException {
        RefUpdate update = git.updateRef(name);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> { }
            default -> throw new IOException("cannot update " + name + " in " + git.getDirectory() + ": " + result);
        }
    }
}
