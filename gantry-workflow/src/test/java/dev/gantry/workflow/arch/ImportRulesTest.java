package dev.gantry.workflow.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The workflow library is pure: it imports nothing of Gantry's other modules, starts no threads, opens no
 * sockets or databases and spawns no processes; only the {@code hashFiles} implementation reads files.
 */
class ImportRulesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(dev\\.gantry\\.(?!workflow[.;])|java\\.net\\.|java\\.sql\\.|java\\.util\\.concurrent\\."
                    + "|java\\.lang\\.ProcessBuilder|java\\.lang\\.Thread)");

    private static final Pattern FILE_ACCESS = Pattern.compile("^import (java\\.nio\\.file\\.Files|java\\.io\\.File[A-Z;])");

    /** The only classes allowed to touch the file system: the hashFiles implementation. */
    private static final Set<String> FILE_READERS = Set.of("FileHasher.java");

    @Test
    void workflowLibraryImportsNothingImpure() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean fileAccess = FILE_ACCESS.matcher(line).find()
                            && !FILE_READERS.contains(file.getFileName().toString());
                    if (FORBIDDEN.matcher(line).find() || fileAccess) {
                        violations.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(violations).as("imports the workflow library must not use").isEmpty();
    }
}
