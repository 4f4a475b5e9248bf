package dev.gantry.runner.action;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where repository actions ({@code owner/repo[/path]@ref}) come from on a machine without access to GitHub: a
 * store filled ahead of time ({@code gantry actions import}). A ref is a tag, a branch or a full commit SHA; the
 * store answers with the files at the commit the ref names now, and that commit's SHA, which the job report
 * records (provenance).
 */
public interface ActionStore {

    /** The repository {@code owner/repo} at {@code ref}; empty when the store does not hold it. */
    Optional<StoredAction> find(String owner, String repo, String ref) throws IOException;

    /** A store that holds nothing. */
    ActionStore EMPTY = (owner, repo, ref) -> Optional.empty();

    /**
     * A repository's files at one commit.
     *
     * @param root the repository's root folder at that commit; read-only for the runner
     * @param sha  the full commit SHA the ref resolved to
     */
    record StoredAction(Path root, String sha) {}
}
