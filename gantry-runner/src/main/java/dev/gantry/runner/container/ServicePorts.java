package dev.gantry.runner.container;

import java.util.Map;
import java.util.Objects;

/**
 * A started service as the {@code job.services.<id>} context shows it: its container id, the job network, and its
 * ports mapped on the host ({@code "5432"} → {@code "49153"}), which a host job reaches on {@code localhost}.
 */
public record ServicePorts(String id, String network, Map<String, String> ports) {
    public ServicePorts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        ports = Map.copyOf(ports);
    }
}
