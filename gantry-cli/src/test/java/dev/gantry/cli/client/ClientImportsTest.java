package dev.gantry.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The client commands know the server only through the wire contract: no server, runner or agent imports. */
class ClientImportsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "gantry", "cli", "client");
    private static final Pattern FORBIDDEN =
            Pattern.compile("^import (static )?dev\\.gantry\\.(server|runner|agent|engine|workflow)\\.");

    @Test
    void theClientImportsOnlyTheWireContract() throws IOException {
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
