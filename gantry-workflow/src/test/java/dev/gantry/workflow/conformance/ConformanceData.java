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

    /**
     * The known-failures list of one corpus: always this project's own list (under the default corpus root), also
     * when {@code gantry.conformance} points the harnesses at another copy of the data — so a fuller corpus is
     * measured against the same accepted failures, and anything new shows up.
     */
    public static Path knownFailures(String corpus) {
        return Path.of("src", "test", "resources", "conformance", "known-failures", corpus + ".tsv");
    }

    /** A path inside the corpus root, e.g. {@code resolve("expressions/languageservices")}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
