package dev.gantry.runner.host;

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
 * The host executor's packages import what their package-info allows: {@code shell} and {@code sandbox} only the
 * JDK, without spawning processes; {@code host} never the engine's scheduler, trigger or event code, and nothing of a
 * server or the command line.
 */
class ImportRulesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "gantry", "runner");

    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "shell", Pattern.compile("^import (dev\\.gantry\\.(?!runner\\.shell\\.)|java\\.lang\\.Process)"),
            "sandbox", Pattern.compile("^import (dev\\.gantry\\.(?!runner\\.sandbox\\.)|java\\.lang\\.Process)"),
            "host", Pattern.compile("^import (dev\\.gantry\\.engine\\.(schedule|trigger|event)\\."
                    + "|dev\\.gantry\\.(server|cli|api|agent)\\.|java\\.net\\.)"));

    @Test
    void packagesImportOnlyWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Pattern> pkg : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg.getKey()))) {
                for (Path file : files.toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (pkg.getValue().matcher(lines.get(i).strip()).find()) {
                            violations.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
