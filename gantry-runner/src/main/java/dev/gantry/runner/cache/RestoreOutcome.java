package dev.gantry.runner.cache;

/** What a restore did. */
public sealed interface RestoreOutcome {

    record Restored(CacheEntry entry, int files) implements RestoreOutcome {}

    /**
     * The entry could not be used: its archive is missing, does not match its digest or cannot be read. Nothing
     * was written when the archive failed its digest; {@code reason} is one sentence.
     */
    record Corrupt(CacheEntry entry, String reason) implements RestoreOutcome {}
}
