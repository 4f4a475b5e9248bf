package dev.gantry.runner.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * A local, content-addressed cache store under one root folder (the CLI uses {@code <gantry home>/cache}); the
 * layout is described in this package's documentation. Entries are identified by scope, key and version; a saved
 * entry is never overwritten; when the archives together pass the size limit the least recently used entries are
 * evicted. A corrupt entry is reported to the caller's {@code warnings} and passed over, never thrown.
 *
 * <p>Thread-safe, and safe for several processes sharing the folder: archives and index files are written to
 * temporary files and published atomically. All methods block on file I/O; an {@link IOException} means the store
 * folder itself could not be used.
 */
public final class CacheStore {

    /** GitHub's limit for a repository's caches: 10 GiB. */
    public static final long DEFAULT_LIMIT = 10L << 30;

    private final Path root;
    private final long limit;
    private final Clock clock;
    private final EntryIndex index;
    private final Object saving = new Object();

    public CacheStore(Path root, long limitBytes, Clock clock) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("the cache size limit must be positive, not " + limitBytes);
        }
        this.limit = limitBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.index = new EntryIndex(this.root.resolve("entries"), temp());
    }

    /** A store under {@code root} with the default limit and the system clock. */
    public static CacheStore under(Path root) {
        return new CacheStore(root, DEFAULT_LIMIT, Clock.systemUTC());
    }

    public Path root() {
        return root;
    }

    public long limit() {
        return limit;
    }

    /**
     * Finds the entry to restore for {@code keys} (the primary key, then the restore keys), as GitHub does: for
     * each key in order, an entry with exactly that key, else the newest entry whose key starts with it; only
     * entries of {@code scope} and {@code version} count, and an entry whose archive is missing is skipped with a
     * warning.
     */
    public CacheLookup find(String scope, List<String> keys, String version, Consumer<String> warnings)
            throws IOException {
        List<CacheEntry> candidates = new ArrayList<>();
        for (CacheEntry entry : index.all(warnings)) {
            if (!entry.scope().equals(scope) || !entry.version().equals(version)) {
                continue;
            }
            if (Files.isRegularFile(blob(entry.blob()))) {
                candidates.add(entry);
            } else {
                warnings.accept("Skipped the cache entry for key %s: its archive %s.tar.gz is missing."
                        .formatted(entry.key(), entry.blob()));
            }
        }
        for (String key : keys) {
            Optional<CacheEntry> exact = candidates.stream().filter(e -> e.key().equals(key)).findFirst();
            Optional<CacheEntry> found = exact.isPresent() ? exact : candidates.stream()
                    .filter(e -> e.key().startsWith(key))
                    .max(Comparator.comparing(CacheEntry::created).thenComparing(CacheEntry::key));
            if (found.isPresent()) {
                return new CacheLookup.Found(found.get(), found.get().key().equals(keys.getFirst()));
            }
        }
        return new CacheLookup.Miss();
    }

    /** Every readable entry, in no particular order. */
    public List<CacheEntry> entries(Consumer<String> warnings) throws IOException {
        return index.all(warnings);
    }

    /**
     * Extracts {@code entry}'s archive under {@code base} and marks it used. The archive's digest is checked before
     * anything is written, so a corrupt archive changes nothing; a truncated or malformed tar found while
     * extracting may leave the files extracted so far.
     */
    public RestoreOutcome restore(CacheEntry entry, Path base) throws IOException {
        Path blob = blob(entry.blob());
        try {
            String digest = digestOf(blob);
            if (!digest.equals(entry.blob())) {
                return new RestoreOutcome.Corrupt(entry, "its archive " + blob.getFileName()
                        + " does not match its SHA-256 digest");
            }
            int files;
            try (InputStream in = Files.newInputStream(blob)) {
                files = TarArchive.extract(in, base);
            }
            index.touch(entry, clock.instant());
            return new RestoreOutcome.Restored(entry, files);
        } catch (NoSuchFileException e) {
            return new RestoreOutcome.Corrupt(entry, "its archive " + blob.getFileName() + " is missing");
        } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
            return new RestoreOutcome.Corrupt(entry, "its archive " + blob.getFileName() + " cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * Archives {@code files} (absolute paths, stored relative to {@code base}) as the entry {@code key}. An existing
     * entry of the same scope, key and version wins, even one a concurrent save published first; then the least
     * recently used entries are evicted until the store fits its limit.
     */
    public SaveOutcome save(String scope, String key, String version, Path base, List<Path> files,
                            Consumer<String> warnings) throws IOException {
        if (Files.exists(root.resolve("entries").resolve(CacheEntry.idOf(scope, key, version) + ".properties"))) {
            return new SaveOutcome.AlreadyExists(key);
        }
        Files.createDirectories(temp());
        Path draft = Files.createTempFile(temp(), "archive-", ".tar.gz");
        try {
            MessageDigest digest = CacheVersion.digest();
            int count;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(draft), digest)) {
                count = TarArchive.write(base, files, out);
            }
            long size = Files.size(draft);
            if (size > limit) {
                return new SaveOutcome.TooLarge(size, limit);
            }
            String blobName = HexFormat.of().formatHex(digest.digest());
            synchronized (saving) {
                Files.createDirectories(root.resolve("blobs"));
                publish(draft, blob(blobName));
                var now = clock.instant();
                CacheEntry entry = new CacheEntry(scope, key, version, blobName, size, now, now);
                if (!index.add(entry)) {
                    return new SaveOutcome.AlreadyExists(key);
                }
                new LruEvictor(root.resolve("blobs"), index, limit, clock).evict(entry, warnings);
                return new SaveOutcome.Saved(entry, count);
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** The total size of the archives the index refers to. */
    public long size(Consumer<String> warnings) throws IOException {
        return index.all(warnings).stream().map(CacheEntry::blob).distinct()
                .mapToLong(b -> blob(b).toFile().length()).sum();
    }

    private static void publish(Path draft, Path target) throws IOException {
        try {
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path blob(String digest) {
        return root.resolve("blobs").resolve(digest + ".tar.gz");
    }

    private Path temp() {
        return root.resolve("tmp");
    }

    private static String digestOf(Path file) throws IOException {
        MessageDigest digest = CacheVersion.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
