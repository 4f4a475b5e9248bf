package dev.gantry.runner.cache;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The {@code entries/} folder of a store: one {@code <id>.properties} file per entry (scope, key, version, blob,
 * size, created), whose modification time is the entry's last access. A file is created once, atomically (a hard
 * link from a finished temporary file, which fails when the name exists), and never rewritten; only its time is
 * touched. An unreadable or incomplete file is reported to {@code warnings} and skipped. Blocks on file I/O.
 */
final class EntryIndex {

    private static final String SUFFIX = ".properties";

    private final Path folder;
    private final Path temp;

    EntryIndex(Path folder, Path temp) {
        this.folder = folder;
        this.temp = temp;
    }

    /** Every readable entry. */
    List<CacheEntry> all(Consumer<String> warnings) throws IOException {
        List<CacheEntry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                read(file).ifPresentOrElse(out::add,
                        () -> warnings.accept("Skipped cache index file " + file.getFileName()
                                + ": it is unreadable or incomplete."));
            }
        }
        return out;
    }

    /**
     * Adds {@code entry}; false when an entry with its id exists already (the existing one is kept).
     */
    boolean add(CacheEntry entry) throws IOException {
        Files.createDirectories(folder);
        Files.createDirectories(temp);
        Properties properties = new Properties();
        properties.setProperty("scope", entry.scope());
        properties.setProperty("key", entry.key());
        properties.setProperty("version", entry.version());
        properties.setProperty("blob", entry.blob());
        properties.setProperty("size", Long.toString(entry.size()));
        properties.setProperty("created", Long.toString(entry.created().toEpochMilli()));
        Path draft = Files.createTempFile(temp, "entry-", SUFFIX);
        try {
            try (Writer out = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                properties.store(out, null);
            }
            Files.setLastModifiedTime(draft, FileTime.from(entry.lastAccess()));
            Files.createLink(folder.resolve(entry.id() + SUFFIX), draft);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    void touch(CacheEntry entry, Instant now) throws IOException {
        Path file = folder.resolve(entry.id() + SUFFIX);
        if (Files.exists(file)) {
            Files.setLastModifiedTime(file, FileTime.from(now));
        }
    }

    void remove(CacheEntry entry) throws IOException {
        Files.deleteIfExists(folder.resolve(entry.id() + SUFFIX));
    }

    private static Optional<CacheEntry> read(Path file) {
        try {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            String scope = properties.getProperty("scope");
            String key = properties.getProperty("key");
            String version = properties.getProperty("version");
            String blob = properties.getProperty("blob");
            String size = properties.getProperty("size");
            String created = properties.getProperty("created");
            if (scope == null || key == null || version == null || blob == null || size == null || created == null
                    || !blob.matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            CacheEntry entry = new CacheEntry(scope, key, version, blob, Long.parseLong(size),
                    Instant.ofEpochMilli(Long.parseLong(created)), Files.getLastModifiedTime(file).toInstant());
            return file.getFileName().toString().equals(entry.id() + SUFFIX) ? Optional.of(entry) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
