package dev.gantry.runner.container;

import java.util.Objects;

/**
 * One entry of {@code services:}: its key (the host name other containers of the job reach it by) and its container.
 */
public record ServiceSpec(String name, ContainerSpec container) {
    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(container, "container");
    }
}
