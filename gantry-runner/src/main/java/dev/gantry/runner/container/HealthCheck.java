package dev.gantry.runner.container;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A container's health check from {@code --health-cmd} and its companions; absent fields keep the engine's
 * defaults (30 s interval, 30 s timeout, 3 retries, no start period).
 *
 * @param command run by the container's shell ({@code CMD-SHELL}), as {@code docker run --health-cmd} does
 */
public record HealthCheck(String command, Optional<Duration> interval, Optional<Duration> timeout,
                          Optional<Integer> retries, Optional<Duration> startPeriod) {

    public HealthCheck {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(startPeriod, "startPeriod");
    }
}
