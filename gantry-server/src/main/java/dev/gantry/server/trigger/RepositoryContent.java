package dev.gantry.server.trigger;

import dev.gantry.server.store.Repository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The commits of the repositories the server knows: hosted ones in its own git storage, registered ones in the
 * mirror it fetches. Blocking (disk, and for a registered repository possibly a fetch); thread-safe.
 */
public interface RepositoryContent {

    /** The workflow files ({@code .github/workflows/*.yml|yaml}, not in subfolders) at commit {@code sha}, by path. */
    Listing workflows(Repository repository, String sha);

    /** The commit a branch, tag or full sha names; empty when the repository has no such thing. */
    Optional<String> resolve(Repository repository, String ref);

    /** Where agents fetch the repository from. */
    String cloneUrl(Repository repository);

    /** The workflow files at a commit, or why they could not be read. */
    sealed interface Listing {
        record Files(List<WorkflowFile> files) implements Listing {
            public Files {
                files = List.copyOf(files);
            }
        }

        /** The commit is not in the repository (not pushed, not fetched yet). */
        record MissingCommit(String message) implements Listing {
            public MissingCommit {
                Objects.requireNonNull(message, "message");
            }
        }
    }

    /** A workflow file: its path in the repository and its text, or empty text when it is not valid UTF-8. */
    record WorkflowFile(String path, Optional<String> text) {
        public WorkflowFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
        }
    }
}
