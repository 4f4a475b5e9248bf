package dev.gantry.runner.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved cache entry, as its index file describes it.
 *
 * @param scope      who may read it: the repository ({@code owner/name}) whose run saved it
 * @param key        the key it was saved under
 * @param version    {@link CacheVersion} of the paths it holds
 * @param blob       the SHA-256 (hex) of its archive, which is also the archive's file name
 * @param size       the archive's size in bytes
 * @param created    when it was saved; newer entries win a prefix match
 * @param lastAccess when it was last saved or restored; the least recent is evicted first
 */
public record CacheEntry(String scope, String key, String version, String blob, long size, Instant created,
                         Instant lastAccess) {

    public CacheEntry {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(blob, "blob");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastAccess, "lastAccess");
    }

    /** The entry's identity, the name of its index file: SHA-256 of scope, key and version. */
    public String id() {
        return idOf(scope, key, version);
    }

    static String idOf(String scope, String key, String version) {
        return CacheVersion.sha256(scope + '\0' + key + '\0' + version);
    }
}
