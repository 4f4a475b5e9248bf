package dev.gantry.runner.store;

import java.util.Comparator;
import java.util.Locale;

/**
 * One ref of a stored repository and the commit it names now.
 *
 * @param owner the owner as the store spells it
 * @param repo  the repository as the store spells it
 * @param ref   a tag or branch name, or the SHA itself for a pinned commit
 * @param sha   the full commit SHA
 */
public record StoredRef(String owner, String repo, String ref, RefKind kind, String sha) {

    /** By owner, then repository (ignoring case), then ref. */
    public static final Comparator<StoredRef> ORDER = Comparator
            .comparing((StoredRef r) -> r.owner().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.repo().toLowerCase(Locale.ROOT))
            .thenComparing(StoredRef::ref)
            .thenComparing(StoredRef::kind);

    /** {@code owner/repo}. */
    public String action() {
        return owner + "/" + repo;
    }
}
