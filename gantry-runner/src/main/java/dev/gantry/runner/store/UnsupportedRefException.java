package dev.gantry.runner.store;

import java.io.IOException;

/**
 * The store holds the action but refuses the ref as written, as GitHub does for a shortened commit SHA. The message
 * is one sentence naming the action, the ref and what to write instead.
 */
public final class UnsupportedRefException extends IOException {

    public UnsupportedRefException(String message) {
        super(message);
    }

    /** GitHub's wording for a short SHA that names exactly one commit. */
    static UnsupportedRefException shortSha(String owner, String repo, String ref, String fullSha) {
        return new UnsupportedRefException("Unable to resolve action `" + owner + "/" + repo + "@" + ref
                + "`, the provided ref `" + ref + "` is the shortened version of a commit SHA, which is not supported. "
                + "Please use the full commit SHA `" + fullSha + "` instead.");
    }
}
