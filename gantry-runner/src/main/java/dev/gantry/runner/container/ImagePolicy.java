package dev.gantry.runner.container;

/** When the runner pulls an image. */
public enum ImagePolicy {
    /** Pull an image the engine does not have (GitHub's behaviour for a tag it has not pulled yet). */
    PULL_IF_MISSING,
    /** Never pull: an image the engine does not have fails the job (air-gapped agents, local test images). */
    NEVER
}
