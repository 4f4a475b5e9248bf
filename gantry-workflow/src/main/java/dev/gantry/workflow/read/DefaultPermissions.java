package dev.gantry.workflow.read;

/**
 * The permissions of {@code GITHUB_TOKEN} when a workflow names none: a repository setting. It bounds what the
 * jobs of called workflows may request.
 */
public enum DefaultPermissions {
    /** Read and write for every scope. */
    PERMISSIVE,
    /** {@code contents: read} and {@code packages: read}; every other scope {@code none}. */
    RESTRICTED
}
