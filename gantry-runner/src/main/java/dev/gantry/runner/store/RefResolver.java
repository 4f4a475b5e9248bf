package dev.gantry.runner.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Resolves a {@code uses:} ref in one repository as GitHub does: a tag first, then a branch, then a full 40-hex
 * commit SHA; a shorter hex prefix that names one commit is recognised so that it can be refused with GitHub's
 * wording. Reads only; safe to call from several threads on their own {@link Repository} instances.
 */
final class RefResolver {

    static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
    static final Pattern SHORT_SHA = Pattern.compile("[0-9a-fA-F]{4,39}");

    private RefResolver() {}

    static RefResolution resolve(Repository repository, String ref) throws IOException {
        if (ref.isEmpty()) {
            return new RefResolution.Missing();
        }
        for (RefKind kind : List.of(RefKind.TAG, RefKind.BRANCH)) {
            Optional<String> sha = named(repository, refName(kind, ref));
            if (sha.isPresent()) {
                return new RefResolution.Commit(sha.get(), kind);
            }
        }
        if (FULL_SHA.matcher(ref).matches()) {
            return commit(repository, ObjectId.fromString(ref))
                    .<RefResolution>map(sha -> new RefResolution.Commit(sha, RefKind.SHA))
                    .orElse(new RefResolution.Missing());
        }
        if (SHORT_SHA.matcher(ref).matches()) {
            return shortSha(repository, ref);
        }
        return new RefResolution.Missing();
    }

    /** {@code refs/tags/NAME}, {@code refs/heads/NAME}, or the pin ref that keeps an imported commit. */
    static String refName(RefKind kind, String name) {
        return switch (kind) {
            case TAG -> Constants.R_TAGS + name;
            case BRANCH -> Constants.R_HEADS + name;
            case SHA -> StoreFolder.PINS + name.toLowerCase(Locale.ROOT);
        };
    }

    /** The commit a full ref name points to, tags peeled; empty when absent or not a commit. */
    static Optional<String> named(Repository repository, String fullName) throws IOException {
        if (!Repository.isValidRefName(fullName)) {
            return Optional.empty();
        }
        Ref found = repository.exactRef(fullName);
        if (found == null || found.getObjectId() == null) {
            return Optional.empty();
        }
        return commit(repository, found.getObjectId());
    }

    private static Optional<String> commit(Repository repository, AnyObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(walk.parseCommit(id).name());
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            return Optional.empty();
        }
    }

    private static RefResolution shortSha(Repository repository, String ref) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            List<String> commits = new ArrayList<>();
            for (ObjectId candidate : reader.resolve(AbbreviatedObjectId.fromString(ref.toLowerCase(Locale.ROOT)))) {
                commit(repository, candidate).ifPresent(commits::add);
            }
            return commits.size() == 1 ? new RefResolution.ShortSha(commits.get(0)) : new RefResolution.Missing();
        }
    }
}
