package dev.gantry.runner.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * What a folder store holds: every tag, branch and pinned commit of every stored repository, with the commit each
 * names, sorted by {@link StoredRef#ORDER}. Refs that do not name a commit are left out. Reads only; blocks on I/O.
 */
public final class StoreListing {

    private StoreListing() {}

    public static List<StoredRef> of(StoreFolder store) throws IOException {
        List<StoredRef> refs = new ArrayList<>();
        for (StoreFolder.StoredRepository stored : store.repositories()) {
            try (Repository git = stored.open()) {
                add(refs, git, stored, Constants.R_TAGS, RefKind.TAG);
                add(refs, git, stored, Constants.R_HEADS, RefKind.BRANCH);
                add(refs, git, stored, StoreFolder.PINS, RefKind.SHA);
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read " + stored.dir() + " in the action store: " + e.getMessage(), e);
            }
        }
        refs.sort(StoredRef.ORDER);
        return refs;
    }

    private static void add(List<StoredRef> out, Repository git, StoreFolder.StoredRepository stored, String prefix,
            RefKind kind) throws IOException {
        for (Ref ref : git.getRefDatabase().getRefsByPrefix(prefix)) {
            Optional<String> sha = RefResolver.named(git, ref.getName());
            sha.ifPresent(s -> out.add(new StoredRef(stored.owner(), stored.repo(),
                    ref.getName().substring(prefix.length()), kind, s)));
        }
    }
}
