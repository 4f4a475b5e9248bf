package dev.gantry.runner.store;

/** What a ref names in one stored repository. */
sealed interface RefResolution {

    /** A commit, reached through a tag, a branch or its own full SHA. */
    record Commit(String sha, RefKind kind) implements RefResolution {}

    /** A shortened SHA that names exactly one commit: refused, as on GitHub. */
    record ShortSha(String fullSha) implements RefResolution {}

    /** Neither a tag, a branch nor a commit of this repository. */
    record Missing() implements RefResolution {}
}
