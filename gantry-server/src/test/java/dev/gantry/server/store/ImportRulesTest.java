package dev.gantry.server.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The server never imports the runner (it spawns no build processes); the store imports no HTTP layer. */
class ImportRulesTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final List<String> FORBIDDEN = List.of("dev.gantry.runner", "dev.gantry.cli", "dev.gantry.agent");

    @Test
    void theServerImportsNoRunnerCliOrAgent() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ") && FORBIDDEN.stream().anyMatch(line::contains)) {
                        violations.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
