package dev.gantry.engine.webhook;

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
 * The webhook package stays pure: no sockets, HTTP, threads, files or databases, and of the engine only the
 * event package.
 */
class WebhookPackageRulesTest {

    private static final Path PACKAGE = Path.of("src", "main", "java", "dev", "gantry", "engine", "webhook");

    private static final Pattern FORBIDDEN = Pattern.compile("^import (static )?(java\\.net\\.|java\\.sql\\."
            + "|java\\.util\\.concurrent\\.|java\\.lang\\.ProcessBuilder|java\\.lang\\.Thread|java\\.io\\.File"
            + "|java\\.nio\\.file\\.|java\\.time\\.Clock|org\\.eclipse\\.jgit"
            + "|dev\\.gantry\\.(runner|server|cli|agent|api)\\.|dev\\.gantry\\.engine\\.(trigger|context|plan"
            + "|schedule|exec)\\.)");

    @Test
    void importsStayWithinTheRules() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(PACKAGE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i).strip()).find()) {
                        violations.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(violations).as("imports outside the package rules").isEmpty();
    }
}
