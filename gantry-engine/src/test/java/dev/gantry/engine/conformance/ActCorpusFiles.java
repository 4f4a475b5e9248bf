package dev.gantry.engine.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where act's runner corpus lives for engine tests: the copy in the workflow module's test resources, or
 * {@code <gantry.conformance>/runner/act} when that system property names another copy with the same layout.
 */
public final class ActCorpusFiles {

    private ActCorpusFiles() {}

    public static Path root() {
        String override = System.getProperty("gantry.conformance");
        Path conformance = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of("..", "gantry-workflow", "src", "test", "resources", "conformance");
        Path root = conformance.resolve("runner").resolve("act");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("act corpus not found at " + root.toAbsolutePath());
        }
        return root;
    }
}
