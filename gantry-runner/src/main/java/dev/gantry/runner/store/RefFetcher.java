package dev.gantry.runner.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Fetches from a git source (any URL JGit can fetch from — {@code file://}, {@code http(s)://}, {@code ssh://} — or
 * a local repository path) into a stored bare repository, with JGit only. Blocks; network operations give up after
 * {@link #TIMEOUT_SECONDS} without progress. Failures are {@link IOException}s whose message names the source.
 */
final class RefFetcher {

    static final int TIMEOUT_SECONDS = 60;

    /** Every branch and tag, as a mirror holds them. */
    static final List<RefSpec> ALL = List.of(new RefSpec("+refs/heads/*:refs/heads/*"),
            new RefSpec("+refs/tags/*:refs/tags/*"));

    private RefFetcher() {}

    /** The refs {@code source} advertises; empty when there is no repository there. */
    static Optional<Collection<Ref>> advertised(String source) throws IOException {
        try {
            return Optional.of(Git.lsRemoteRepository().setRemote(source).setTimeout(TIMEOUT_SECONDS).call());
        } catch (GitAPIException | RuntimeException e) {
            if (noRepository(e)) {
                return Optional.empty();
            }
            throw failure(source, e);
        }
    }

    /**
     * Fetches {@code specs} (and the tags that point into what they bring, when {@code followTags}) from
     * {@code source}. False when there is no repository there.
     */
    static boolean fetch(Repository target, String source, List<RefSpec> specs, boolean followTags) throws IOException {
        try (Git git = Git.wrap(target)) {
            git.fetch().setRemote(source).setRefSpecs(specs).setTimeout(TIMEOUT_SECONDS)
                    .setTagOpt(followTags ? TagOpt.AUTO_FOLLOW : TagOpt.NO_TAGS).setRemoveDeletedRefs(false)
                    .call();
            return true;
        } catch (GitAPIException | RuntimeException e) {
            if (noRepository(e)) {
                return false;
            }
            throw failure(source, e);
        }
    }

    private static boolean noRepository(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidRemoteException || t instanceof NoRemoteRepositoryException) {
                return true;
            }
        }
        return false;
    }

    private static IOException failure(String source, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new IOException("cannot fetch from " + source + ": " + why, e);
    }
}
