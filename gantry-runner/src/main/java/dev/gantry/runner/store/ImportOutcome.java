package dev.gantry.runner.store;

/** What {@code gantry actions import} did. */
public sealed interface ImportOutcome {

    /**
     * The store now holds the ref.
     *
     * @param ref  the stored ref and its commit
     * @param note how it got there, when that is worth saying (a folder committed as a tag or a branch); may be empty
     */
    record Imported(StoredRef ref, String note) implements ImportOutcome {}

    /** Nothing was stored; the message is one sentence naming the source and the ref. */
    record Failed(String message) implements ImportOutcome {}
}
