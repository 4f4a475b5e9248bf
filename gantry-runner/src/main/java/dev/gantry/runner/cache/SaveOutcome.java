package dev.gantry.runner.cache;

/** What a save did. Only {@link Saved} changed the store. */
public sealed interface SaveOutcome {

    record Saved(CacheEntry entry, int files) implements SaveOutcome {}

    /** An entry with this scope, key and version exists (perhaps saved by a concurrent job); it is left as it is. */
    record AlreadyExists(String key) implements SaveOutcome {}

    /** The archive would be larger than the whole store may be. */
    record TooLarge(long size, long limit) implements SaveOutcome {}
}
