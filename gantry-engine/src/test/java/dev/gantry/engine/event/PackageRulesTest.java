package dev.gantry.engine.event;

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
 * The event, trigger and context packages stay pure: no threads, processes, sockets or databases, no runner,
 * server or CLI; JGit and file paths only in {@code GitEventSource}; trigger and context do not know each other.
 */
class PackageRulesTest {

    private static final Path ENGINE = Path.of("src", "main", "java", "dev", "gantry", "engine");

    private static final Pattern IMPURE = Pattern.compile("^import (static )?(java\\.net\\.|java\\.sql\\."
            + "|java\\.util\\.concurrent\\.|java\\.lang\\.ProcessBuilder|java\\.lang\\.Thread|java\\.io\\.File[A-Z;]"
            + "|java\\.nio\\.file\\.Files|dev\\.gantry\\.(runner|server|cli|agent|api)\\.)");

    private static final Pattern JGIT = Pattern.compile("^import (static )?(org\\.eclipse\\.jgit|java\\.nio\\.file)");

    /** Per package, the engine packages it must not import. */
    private static final Map<String, Pattern> SIBLINGS = Map.of(
            "event", Pattern.compile("^import (static )?dev\\.gantry\\.engine\\.(trigger|context|plan|schedule)\\."),
            "trigger", Pattern.compile("^import (static )?dev\\.gantry\\.engine\\.(context|plan|schedule)\\."),
            "context", Pattern.compile("^import (static )?dev\\.gantry\\.engine\\.(trigger|plan|schedule)\\."));

    @Test
    void importsStayWithinTheRules() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Pattern> pkg : SIBLINGS.entrySet()) {
            try (Stream<Path> files = Files.list(ENGINE.resolve(pkg.getKey()))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    boolean adapter = file.getFileName().toString().equals("GitEventSource.java");
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (IMPURE.matcher(line).find() || pkg.getValue().matcher(line).find()
                                || (!adapter && JGIT.matcher(line).find())) {
                            violations.add(ENGINE.relativize(file) + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).as("imports outside the package rules").isEmpty();
    }
}
