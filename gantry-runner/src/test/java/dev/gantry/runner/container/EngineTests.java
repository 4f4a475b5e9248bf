package dev.gantry.runner.container;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The engine and images the integration tests need ({@code .ci/container-images} builds the images); a test without
 * them is skipped with a message saying what is missing.
 */
final class EngineTests {

    static final String DEBIAN = "gantry-test/debian:bookworm";
    static final String POSTGRES = "gantry-test/postgres:15";

    private static ContainerRuntime runtime;

    private EngineTests() {}

    static synchronized DockerEngine engine() throws EngineFailure {
        if (runtime == null) {
            runtime = ContainerRuntime.detect(System.getenv());
        }
        assumeTrue(runtime instanceof ContainerRuntime.Available, () -> "skipped: "
                + ((ContainerRuntime.Unavailable) runtime).reason());
        DockerEngine engine = ((ContainerRuntime.Available) runtime).engine();
        for (String image : List.of(DEBIAN, POSTGRES)) {
            assumeTrue(engine.hasImage(image), "skipped: image " + image + " is missing (run .ci/container-images)");
        }
        return engine;
    }

    /** Runs a command line to its end: exit code and merged output. */
    record Ran(int code, String output) {}

    static Ran run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out);
    }
}
