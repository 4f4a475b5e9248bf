package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The container package imports what its package-info allows: never the host runner, a server or the CLI. */
class ContainerImportsTest {

    private static final Pattern FORBIDDEN = Pattern.compile("^import (dev\\.gantry\\.runner\\.host\\."
            + "|dev\\.gantry\\.engine\\.(schedule|trigger|event)\\.|dev\\.gantry\\.(server|cli|api|agent)\\.)");

    @Test
    void importsOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/gantry/runner/container"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (FORBIDDEN.matcher(line.strip()).find()) {
                        violations.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
