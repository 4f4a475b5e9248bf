package dev.gantry.api.agent;

import java.util.List;
import java.util.Objects;

/**
 * What an agent sends to register ({@code POST /api/v1/agent/register}): the one-time registration token an admin
 * created, the agent's name, the {@code runs-on} labels it serves and how many jobs it runs at once.
 */
public record Registration(String registrationToken, String name, List<String> labels, int capacity) {

    public Registration {
        Objects.requireNonNull(registrationToken, "registrationToken");
        Objects.requireNonNull(name, "name");
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
