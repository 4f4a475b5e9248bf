package dev.gantry.runner.store;

import dev.gantry.runner.action.ActionStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * An {@link ActionStore} over a {@link StoreFolder}: resolves the ref in the stored bare repository and answers with
 * a read-only checkout of that commit under the cache folder ({@code <store>/.checkouts} unless given).
 *
 * <p>Thread-safe and safe across processes: concurrent calls for the same action share one checkout, never a
 * half-written one. Blocks on file I/O. Throws {@link UnsupportedRefException} for a shortened SHA (GitHub's
 * wording) and {@link IOException} naming the repository when it cannot be read.
 */
public final class FolderActionStore implements ActionStore {

    private final StoreFolder folder;
    private final CheckoutWriter checkouts;

    public FolderActionStore(Path root) {
        this(root, root.resolve(".checkouts"));
    }

    public FolderActionStore(Path root, Path checkoutCache) {
        this.folder = new StoreFolder(root);
        this.checkouts = new CheckoutWriter(checkoutCache);
    }

    public StoreFolder folder() {
        return folder;
    }

    @Override
    public Optional<StoredAction> find(String owner, String repo, String ref) throws IOException {
        Optional<StoreFolder.StoredRepository> stored = folder.find(owner, repo);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoreFolder.StoredRepository repository = stored.get();
        try (Repository git = open(repository)) {
            return switch (resolve(git, repository, ref)) {
                case RefResolution.Commit c -> Optional.of(new StoredAction(
                        checkouts.checkout(git, repository.owner(), repository.repo(), c.sha()), c.sha()));
                case RefResolution.ShortSha s -> throw UnsupportedRefException.shortSha(owner, repo, ref, s.fullSha());
                case RefResolution.Missing m -> Optional.empty();
            };
        }
    }

    private static Repository open(StoreFolder.StoredRepository repository) throws IOException {
        try {
            return repository.open();
        } catch (IOException | RuntimeException e) {
            throw unreadable(repository, e);
        }
    }

    private static RefResolution resolve(Repository git, StoreFolder.StoredRepository repository, String ref)
            throws IOException {
        try {
            return RefResolver.resolve(git, ref);
        } catch (IOException | RuntimeException e) {
            throw unreadable(repository, e);
        }
    }

    private static IOException unreadable(StoreFolder.StoredRepository repository, Exception e) {
        return new IOException("cannot read " + repository.dir() + " in the action store: " + e.getMessage(), e);
    }

    /** The store's folder, as {@link MissingAction} names it. */
    @Override
    public String toString() {
        return folder.root().toString();
    }
}
