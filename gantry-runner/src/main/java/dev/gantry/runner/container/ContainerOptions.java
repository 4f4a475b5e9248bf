package dev.gantry.runner.container;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a container's {@code options:} string asked for, parsed by {@link OptionsParser}.
 *
 * @param env        {@code -e NAME=value} / {@code --env}; they win over the {@code env:} mapping, as in
 *                   {@code docker create}
 * @param entrypoint {@code --entrypoint}
 * @param user       {@code --user} / {@code -u}
 * @param workdir    {@code --workdir} / {@code -w}
 * @param hostname   {@code --hostname}
 * @param cpus       {@code --cpus}, in CPUs
 * @param memory     {@code --memory} / {@code -m}, in bytes
 * @param privileged {@code --privileged}
 * @param volumes    {@code -v} / {@code --volume}, in {@code docker} syntax
 */
public record ContainerOptions(Optional<HealthCheck> health, Map<String, String> env, Optional<String> entrypoint,
                               Optional<String> user, Optional<String> workdir, Optional<String> hostname,
                               Optional<Double> cpus, Optional<Long> memory, boolean privileged,
                               List<String> volumes) {

    public static final ContainerOptions NONE = new ContainerOptions(Optional.empty(), Map.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of());

    public ContainerOptions {
        Objects.requireNonNull(health, "health");
        env = Map.copyOf(env);
        Objects.requireNonNull(entrypoint, "entrypoint");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(cpus, "cpus");
        Objects.requireNonNull(memory, "memory");
        volumes = List.copyOf(volumes);
    }
}
