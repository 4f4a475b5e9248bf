package dev.gantry.runner.cache;

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
 * The stores and the built-in cache and artifact actions import what their package-info allows: the stores only
 * the JDK (and Commons Compress for the cache's tar), the input readers the JDK and the action SPI, the actions
 * never the host executor; none of them spawns a process or opens a socket.
 */
class CachePackageImportsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "gantry", "runner");

    private static final Pattern PROCESS_OR_NETWORK =
            Pattern.compile("^import (java\\.net\\.|java\\.lang\\.ProcessBuilder|java\\.lang\\.Process;)");

    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "cache", Pattern.compile("^import (dev\\.gantry\\.|org\\.(?!apache\\.commons\\.compress\\.))"),
            "artifact", Pattern.compile("^import (dev\\.gantry\\.|org\\.)"),
            "builtin/input", Pattern.compile("^import dev\\.gantry\\.(?!runner\\.(action|builtin\\.input)\\.)"),
            "builtin/cache", Pattern.compile("^import dev\\.gantry\\.runner\\.(host|actionrun|artifact)\\."),
            "builtin/artifact", Pattern.compile("^import dev\\.gantry\\.runner\\.(host|actionrun|cache)\\."));

    @Test
    void packagesImportOnlyWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Pattern> pkg : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg.getKey()))) {
                for (Path file : files.toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (pkg.getValue().matcher(line).find() || PROCESS_OR_NETWORK.matcher(line).find()) {
                            violations.add(pkg.getKey() + "/" + file.getFileName() + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
