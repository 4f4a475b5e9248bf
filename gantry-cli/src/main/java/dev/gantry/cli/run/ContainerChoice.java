package dev.gantry.cli.run;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code gantry run} was told about containers ({@code --pull}, {@code --container-cpus},
 * {@code --container-memory}); the command turns it into the runner's container settings.
 *
 * @param pullMissing pull an image the engine lacks ({@code --pull missing}); false for {@code --pull never}
 * @param cpus        the most CPUs a job's containers may use
 * @param memory      the most memory, in bytes
 */
public record ContainerChoice(boolean pullMissing, Optional<Double> cpus, Optional<Long> memory) {

    /** Pull when missing, no limits. */
    public static final ContainerChoice DEFAULT = new ContainerChoice(true, Optional.empty(), Optional.empty());

    public ContainerChoice {
        Objects.requireNonNull(cpus, "cpus");
        Objects.requireNonNull(memory, "memory");
    }
}
