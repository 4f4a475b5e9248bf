package dev.gantry.runner.artifact;

/** What an upload did. */
public sealed interface UploadOutcome {

    record Uploaded(Artifact artifact) implements UploadOutcome {}

    /** An artifact of that name exists in the run and overwriting was not asked for; nothing changed. */
    record AlreadyExists(String name) implements UploadOutcome {}
}
