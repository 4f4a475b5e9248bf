package dev.gantry.runner.container;

import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Waits until a service container is ready: healthy when it has a health check (its own or its image's), running
 * when it has none. Polls the engine; blocks the calling thread; interruption ends the wait.
 */
final class HealthWaiter {

    private static final Duration POLL = Duration.ofMillis(250);

    private final DockerEngine engine;

    HealthWaiter(DockerEngine engine) {
        this.engine = engine;
    }

    /** Empty when the service is ready; else one sentence naming the service and its last health output. */
    Optional<String> await(String service, String id, Duration timeout) throws InterruptedException, EngineFailure {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            InspectContainerResponse inspected = engine.inspect(id);
            InspectContainerResponse.ContainerState state = inspected.getState();
            HealthState health = state.getHealth();
            if (!Boolean.TRUE.equals(state.getRunning())) {
                return Optional.of("service '" + service + "' stopped before it was ready (exit code "
                        + state.getExitCodeLong() + ")");
            }
            String status = health == null ? "none" : String.valueOf(health.getStatus());
            switch (status) {
                case "healthy", "none" -> {
                    return Optional.empty();
                }
                case "unhealthy" -> {
                    return Optional.of("service '" + service + "' is unhealthy" + lastOutput(health));
                }
                default -> { }
            }
            if (System.nanoTime() > deadline) {
                return Optional.of("service '" + service + "' did not become healthy within "
                        + timeout.toSeconds() + " s" + lastOutput(health));
            }
            Thread.sleep(POLL);
        }
    }

    private static String lastOutput(HealthState health) {
        List<HealthStateLog> log = health == null || health.getLog() == null ? List.of() : health.getLog();
        if (log.isEmpty()) {
            return " (no health check has finished yet)";
        }
        HealthStateLog last = log.get(log.size() - 1);
        String output = last.getOutput() == null ? "" : last.getOutput().strip();
        return "; last health check exited with " + last.getExitCodeLong()
                + (output.isEmpty() ? " and printed nothing" : ": " + output);
    }
}
