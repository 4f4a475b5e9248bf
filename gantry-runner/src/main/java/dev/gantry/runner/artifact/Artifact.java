package dev.gantry.runner.artifact;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One artifact of a run, as its {@code artifact.properties} describes it.
 *
 * @param id            unique within the run, from 1 ({@code artifact-id})
 * @param digest        SHA-256 (hex) over the sorted file paths and the SHA-256 of each file's content
 *                      ({@code artifact-digest}); two uploads of the same files have the same digest
 * @param size          the files' total size in bytes
 * @param files         how many files it holds
 * @param retentionDays how long it is meant to be kept (recorded; the run's folder is kept as a whole)
 * @param folder        the folder holding its files, laid out as they were uploaded
 */
public record Artifact(String name, long id, String digest, long size, int files, int retentionDays,
                       Instant created, Path folder) {

    public Artifact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(folder, "folder");
    }
}
