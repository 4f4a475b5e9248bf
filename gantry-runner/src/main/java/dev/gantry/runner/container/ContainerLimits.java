package dev.gantry.runner.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The most CPU and memory a job's containers may use on this host (the host's or agent's configuration): applied
 * to the job container and to docker action containers; a workflow's own {@code --cpus}/{@code --memory} option
 * may ask for less, never for more.
 *
 * @param cpus   CPUs, e.g. {@code 1.5}
 * @param memory bytes
 */
public record ContainerLimits(Optional<Double> cpus, Optional<Long> memory) {

    /** No limits beyond the engine's. */
    public static final ContainerLimits NONE = new ContainerLimits(Optional.empty(), Optional.empty());

    public ContainerLimits {
        Objects.requireNonNull(cpus, "cpus");
        Objects.requireNonNull(memory, "memory");
    }

    /** {@code options} with each limit lowered to this one where it asks for more or sets none. */
    ContainerOptions bound(ContainerOptions options) {
        return new ContainerOptions(options.health(), options.env(), options.entrypoint(), options.user(),
                options.workdir(), options.hostname(), lower(options.cpus(), cpus), lower(options.memory(), memory),
                options.privileged(), options.volumes());
    }

    /** The {@code docker run} flags that apply these limits. */
    List<String> runFlags() {
        List<String> out = new ArrayList<>();
        cpus.ifPresent(c -> out.addAll(List.of("--cpus", Double.toString(c))));
        memory.ifPresent(m -> out.addAll(List.of("--memory", Long.toString(m))));
        return out;
    }

    private static <T extends Comparable<T>> Optional<T> lower(Optional<T> asked, Optional<T> limit) {
        if (asked.isEmpty()) {
            return limit;
        }
        if (limit.isEmpty()) {
            return asked;
        }
        return Optional.of(asked.get().compareTo(limit.get()) <= 0 ? asked.get() : limit.get());
    }
}
