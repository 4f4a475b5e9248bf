package dev.gantry.runner.store;

import dev.gantry.runner.action.ActionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.jgit.lib.Repository;

/**
 * An {@link ActionStore} backed by a git server that mirrors action repositories at {@code <server>/<owner>/<repo>.git}
 * (any URL JGit can fetch from, or a local folder holding such repositories). The first time a repository or ref is
 * asked for, every branch and tag of that repository is fetched into a local {@link FolderActionStore}; later
 * calls for what is already there never touch the server, so runs after the first work offline.
 *
 * <p>Thread-safe: fetches of one repository are serialised within this process. Blocks on the network and on file
 * I/O. A repository the server does not have is an empty answer; a server that cannot be reached is an
 * {@link IOException} naming it.
 */
public final class MirrorActionStore implements ActionStore {

    private final String server;
    private final FolderActionStore local;
    private final ConcurrentMap<String, Object> fetching = new ConcurrentHashMap<>();

    /**
     * @param server a URL with a scheme, or a local folder holding {@code <owner>/<repo>.git}
     * @param local  where fetched repositories and their checkouts are kept
     */
    public MirrorActionStore(String server, FolderActionStore local) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.local = local;
    }

    @Override
    public Optional<StoredAction> find(String owner, String repo, String ref) throws IOException {
        if (!StoreFolder.validName(owner, repo)) {
            return Optional.empty();
        }
        Optional<StoredAction> found = local.find(owner, repo, ref);
        if (found.isPresent()) {
            return found;
        }
        Object lock = fetching.computeIfAbsent((owner + "/" + repo).toLowerCase(Locale.ROOT), k -> new Object());
        synchronized (lock) {
            found = local.find(owner, repo, ref);
            if (found.isPresent()) {
                return found;
            }
            Optional<String> source = source(owner, repo);
            if (source.isEmpty() || !fetchInto(owner, repo, source.get())) {
                return Optional.empty();
            }
            return local.find(owner, repo, ref);
        }
    }

    private boolean fetchInto(String owner, String repo, String source) throws IOException {
        boolean created = local.folder().find(owner, repo).isEmpty();
        StoreFolder.StoredRepository stored = local.folder().findOrCreate(owner, repo);
        boolean fetched;
        try (Repository git = stored.open()) {
            fetched = RefFetcher.fetch(git, source, RefFetcher.ALL, false);
        } catch (IOException e) {
            if (created) {
                StoreFiles.deleteTree(stored.dir());
            }
            throw e;
        }
        if (!fetched && created) {
            StoreFiles.deleteTree(stored.dir());
        }
        return fetched;
    }

    /** {@code <server>/<owner>/<repo>.git}; for a local folder, found ignoring case as in a folder store. */
    private Optional<String> source(String owner, String repo) throws IOException {
        if (ActionStores.isUrl(server)) {
            return Optional.of(server + "/" + owner + "/" + repo + ".git");
        }
        Path folder = Path.of(server);
        if (!Files.isDirectory(folder)) {
            throw new IOException("the action store mirror " + server + " is not a folder");
        }
        return new StoreFolder(folder).find(owner, repo).map(r -> r.dir().toString());
    }

    /** The server, as {@link MissingAction} names it. */
    @Override
    public String toString() {
        return server;
    }
}
