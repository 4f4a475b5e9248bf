package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The log, env-file and secret-file packages stay small and pure: the log pipeline imports only the JDK and the
 * engine's port types, the other two only the JDK; none of them spawns a process or opens a socket.
 */
class PackageImportsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "gantry", "runner");

    private static final Pattern ANY_PROCESS_OR_NETWORK =
            Pattern.compile("^import (java\\.net\\.|java\\.lang\\.ProcessBuilder|java\\.lang\\.Process;)");

    private static final Map<String, Pattern> ALLOWED_GANTRY_IMPORTS = Map.of(
            "log", Pattern.compile("^import dev\\.gantry\\.(?!engine\\.exec\\.|runner\\.log\\.)"),
            "envfile", Pattern.compile("^import dev\\.gantry\\.(?!runner\\.envfile\\.)"),
            "secrets", Pattern.compile("^import dev\\.gantry\\.(?!runner\\.secrets\\.)"));

    @Test
    void packagesImportOnlyWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Pattern> pkg : ALLOWED_GANTRY_IMPORTS.entrySet()) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg.getKey()))) {
                for (Path file : files.toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (pkg.getValue().matcher(line).find() || ANY_PROCESS_OR_NETWORK.matcher(line).find()) {
                            violations.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
