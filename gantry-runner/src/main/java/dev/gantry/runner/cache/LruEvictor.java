package dev.gantry.runner.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps a store within its size limit: removes entries least recently used first (never the one just saved) until
 * the archives still referred to fit, then deletes archives no entry refers to. An archive no entry refers to that
 * another process may be about to publish (younger than {@link #ORPHAN_AGE}) is left alone. Called under the
 * store's save lock; blocks on file I/O.
 */
final class LruEvictor {

    static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private final Path blobs;
    private final EntryIndex index;
    private final long limit;
    private final Clock clock;

    LruEvictor(Path blobs, EntryIndex index, long limit, Clock clock) {
        this.blobs = blobs;
        this.index = index;
        this.limit = limit;
        this.clock = clock;
    }

    void evict(CacheEntry keep, Consumer<String> warnings) throws IOException {
        List<CacheEntry> entries = new ArrayList<>(index.all(warnings));
        entries.sort(Comparator.comparing(CacheEntry::lastAccess).thenComparing(CacheEntry::created));
        Set<String> evicted = new HashSet<>();
        while (referencedSize(entries) > limit) {
            var candidate = entries.stream().filter(e -> !e.id().equals(keep.id())).findFirst();
            if (candidate.isEmpty()) {
                break;
            }
            CacheEntry victim = candidate.get();
            index.remove(victim);
            entries.remove(victim);
            evicted.add(victim.blob());
        }
        Set<String> referenced = new HashSet<>();
        entries.forEach(e -> referenced.add(e.blob()));
        deleteUnreferenced(referenced, evicted);
    }

    private long referencedSize(List<CacheEntry> entries) {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (CacheEntry entry : entries) {
            if (seen.add(entry.blob())) {
                total += entry.size();
            }
        }
        return total;
    }

    private void deleteUnreferenced(Set<String> referenced, Set<String> evicted) throws IOException {
        if (!Files.isDirectory(blobs)) {
            return;
        }
        var cutoff = clock.instant().minus(ORPHAN_AGE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(blobs, "*.tar.gz")) {
            for (Path file : files) {
                String digest = file.getFileName().toString().replace(".tar.gz", "");
                if (referenced.contains(digest)) {
                    continue;
                }
                if (evicted.contains(digest) || Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
