package dev.gantry.workflow.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the conformance corpora live. By default the copy in this module's test resources
 * ({@code src/test/resources/conformance}); the system property {@code gantry.conformance} points the tests at
 * another copy with the same layout (for example a fuller corpus), so the same harness measures both.
 */
public final class ConformanceData {

    private ConformanceData() {}

    public static Path root() {
        String override = System.getProperty("gantry.conformance");
        Path root = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of("src", "test", "resources", "conformance");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("conformance data not found at " + root.toAbsolutePath());
        }
        return root;
    }

    /** A path inside the corpus root, e.g. {@code resolve("expressions/languageservices")}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
