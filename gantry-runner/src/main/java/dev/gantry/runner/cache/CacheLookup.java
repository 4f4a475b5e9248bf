package dev.gantry.runner.cache;

/** What a lookup found: an entry (an exact match of the primary key, or a match of a later key or prefix), or none. */
public sealed interface CacheLookup {

    /**
     * @param entry      the entry to restore
     * @param primaryHit the entry's key is the first key asked for, exactly (GitHub's {@code cache-hit})
     */
    record Found(CacheEntry entry, boolean primaryHit) implements CacheLookup {}

    record Miss() implements CacheLookup {}
}
