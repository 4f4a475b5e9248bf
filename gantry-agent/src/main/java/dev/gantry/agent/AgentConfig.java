package dev.gantry.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an agent runs.
 *
 * @param serverUrl         the server, {@code http://host:port}
 * @param registrationToken a one-time registration token, needed only when no credentials are saved for the server
 * @param name              the agent's name as the server lists it
 * @param labels            the {@code runs-on} labels it serves
 * @param capacity          how many jobs it runs at once (at least 1)
 * @param home              its folder: saved credentials, the repository cache, job folders
 * @param pollWait          how long one long poll for work waits (the server caps it at 30 s)
 * @param heartbeat         how often a held job's lease is renewed
 */
public record AgentConfig(String serverUrl, Optional<String> registrationToken, String name, List<String> labels,
                          int capacity, Path home, Duration pollWait, Duration heartbeat) {

    public AgentConfig {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(registrationToken, "registrationToken");
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        if (capacity < 1) {
            throw new IllegalArgumentException("the capacity must be at least 1, not " + capacity);
        }
        home = home.toAbsolutePath().normalize();
        Objects.requireNonNull(pollWait, "pollWait");
        Objects.requireNonNull(heartbeat, "heartbeat");
    }

    /** Polls of 30 s and a heartbeat every 5 s. */
    public static AgentConfig of(String serverUrl, Optional<String> registrationToken, String name,
                                 List<String> labels, int capacity, Path home) {
        return new AgentConfig(serverUrl, registrationToken, name, labels, capacity, home, Duration.ofSeconds(30),
                Duration.ofSeconds(5));
    }
}
