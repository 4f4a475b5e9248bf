package dev.gantry.server.store;

import java.util.Locale;

/** Where a run, job or step is in its life, with GitHub's words: queued, in_progress, completed. */
public enum Status {
    QUEUED, IN_PROGRESS, COMPLETED;

    /** The lower-case word GitHub's API uses, also the stored value. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Status ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
