package dev.gantry.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run shell imports what its package-info allows: the engine, the workflow library, the runner's secret
 * files and masker; never picocli (the command parses options), never a concrete executor (the command wires
 * one), and it spawns no process itself.
 */
class PackageImportsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "gantry", "cli", "run");

    private static final Pattern FORBIDDEN = Pattern.compile("^import (picocli\\.|dev\\.gantry\\.cli\\.(?!run\\.)"
            + "|dev\\.gantry\\.runner\\.(?!secrets\\.|log\\.SecretMasker;)|java\\.lang\\.ProcessBuilder"
            + "|java\\.lang\\.Process;|java\\.net\\.)");

    @Test
    void theRunShellImportsOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i).strip()).find()) {
                        violations.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
