package dev.gantry.runner.artifact;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The artifacts of one run, in a folder the caller gives ({@code <run folder>/artifacts}); the layout is described
 * in this package's documentation. An upload is staged in a private folder and published by one atomic rename, so
 * jobs of the run may upload concurrently: different names never interfere, and of two uploads of one name without
 * {@code overwrite} exactly one succeeds. Readers see only complete artifacts. Blocks on file I/O; an
 * {@link IOException} means the store folder or a file being copied could not be used. Thread-safe.
 */
public final class ArtifactStore {

    private static final String METADATA = "artifact.properties";
    private static final String FILES = "files";
    private static final int PUBLISH_ATTEMPTS = 5;

    private final Path root;
    private final Clock clock;

    public ArtifactStore(Path root, Clock clock) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static ArtifactStore under(Path root) {
        return new ArtifactStore(root, Clock.systemUTC());
    }

    public Path root() {
        return root;
    }

    /**
     * Copies {@code files} (absolute) into a new artifact named {@code name}, each stored at its path relative to
     * {@code base}; links are copied as what they point to. With {@code overwrite} an existing artifact of that name
     * is replaced (and gets a new id); without it the upload fails with {@link UploadOutcome.AlreadyExists}.
     *
     * @throws IllegalArgumentException when {@code name} breaks {@link ArtifactName}'s rules
     */
    public UploadOutcome upload(String name, Path base, List<Path> files, int retentionDays, boolean overwrite)
            throws IOException {
        ArtifactName.problem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Path target = root.resolve(name);
        if (!overwrite && Files.exists(target)) {
            return new UploadOutcome.AlreadyExists(name);
        }
        Files.createDirectories(root);
        Path stage = root.resolve(ArtifactName.RESERVED_PREFIX + "staging-" + UUID.randomUUID());
        try {
            Path folder = Files.createDirectories(stage.resolve(FILES));
            Path normalizedBase = base.toAbsolutePath().normalize();
            for (Path file : files) {
                Path copy = folder.resolve(normalizedBase.relativize(file.toAbsolutePath().normalize()).toString())
                        .normalize();
                if (!copy.startsWith(folder)) {
                    throw new IOException("the file " + file + " lies outside the artifact's root folder " + base);
                }
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Digest digest = Digest.of(folder);
            Artifact artifact = new Artifact(name, nextId(), digest.hex(), digest.size(), digest.files(), retentionDays,
                    clock.instant(), target.resolve(FILES));
            writeMetadata(stage.resolve(METADATA), artifact);
            return publish(stage, target, overwrite) ? new UploadOutcome.Uploaded(artifact)
                    : new UploadOutcome.AlreadyExists(name);
        } finally {
            FileTrees.deleteIfExists(stage);
        }
    }

    /** Every complete artifact of the run, by id. An unreadable one is left out. */
    public List<Artifact> list() throws IOException {
        List<Artifact> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (!name.startsWith(ArtifactName.RESERVED_PREFIX)) {
                    readMetadata(folder).ifPresent(out::add);
                }
            }
        }
        out.sort(Comparator.comparingLong(Artifact::id));
        return out;
    }

    public Optional<Artifact> find(String name) throws IOException {
        if (ArtifactName.problem(name).isPresent()) {
            return Optional.empty();
        }
        return readMetadata(root.resolve(name));
    }

    /** Copies {@code artifact}'s files under {@code target}, replacing files that exist; returns how many. */
    public int download(Artifact artifact, Path target) throws IOException {
        return FileTrees.copy(artifact.folder(), target);
    }

    private boolean publish(Path stage, Path target, boolean overwrite) throws IOException {
        for (int attempt = 0; attempt < PUBLISH_ATTEMPTS; attempt++) {
            try {
                Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (IOException e) {
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                if (!overwrite) {
                    return false;
                }
                Path trash = root.resolve(ArtifactName.RESERVED_PREFIX + "trash-" + UUID.randomUUID());
                try {
                    Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException gone) {
                    // Another overwrite moved it first; try again.
                }
                FileTrees.deleteIfExists(trash);
            }
        }
        throw new IOException("the artifact " + target.getFileName() + " kept changing while it was being replaced");
    }

    /** The next free id, claimed by creating its marker file (atomic across threads and processes). */
    private long nextId() throws IOException {
        Path ids = Files.createDirectories(root.resolve(ArtifactName.RESERVED_PREFIX + "ids"));
        long id;
        try (var existing = Files.list(ids)) {
            id = existing.count() + 1;
        }
        while (true) {
            try {
                Files.createFile(ids.resolve(Long.toString(id)));
                return id;
            } catch (FileAlreadyExistsException e) {
                id++;
            }
        }
    }

    private static void writeMetadata(Path file, Artifact artifact) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("name", artifact.name());
        properties.setProperty("id", Long.toString(artifact.id()));
        properties.setProperty("digest", artifact.digest());
        properties.setProperty("size", Long.toString(artifact.size()));
        properties.setProperty("files", Integer.toString(artifact.files()));
        properties.setProperty("retention-days", Integer.toString(artifact.retentionDays()));
        properties.setProperty("created", artifact.created().toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, null);
        }
    }

    private static Optional<Artifact> readMetadata(Path folder) {
        Path file = folder.resolve(METADATA);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.of(new Artifact(p.getProperty("name", folder.getFileName().toString()),
                    Long.parseLong(p.getProperty("id")), p.getProperty("digest", ""),
                    Long.parseLong(p.getProperty("size")), Integer.parseInt(p.getProperty("files")),
                    Integer.parseInt(p.getProperty("retention-days")), Instant.parse(p.getProperty("created")),
                    folder.resolve(FILES)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
