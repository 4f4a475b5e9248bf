package dev.gantry.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the plan and schedule packages must not import (their {@code package-info.java} says why): plan never the
 * scheduler; neither the runner, I/O, threads, clocks or the other engine packages.
 */
class ImportRulesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "gantry", "engine");
    private static final List<String> PURE = List.of("java.io.", "java.nio.", "java.net.", "java.util.concurrent",
            "java.time.Clock", "java.lang.Thread", "dev.gantry.runner", "dev.gantry.server", "dev.gantry.engine.event",
            "dev.gantry.engine.trigger", "dev.gantry.engine.context");

    @Test
    void planAndScheduleImportOnlyWhatTheyMay() throws IOException {
        Map<String, List<String>> forbidden = Map.of(
                "plan", concat(PURE, "dev.gantry.engine.schedule"),
                "schedule", PURE);
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : forbidden.entrySet()) {
            try (Stream<Path> files = Files.list(MAIN.resolve(rule.getKey()))) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import ") && rule.getValue().stream().anyMatch(f -> line.contains(" " + f)
                                || line.contains("static " + f))) {
                            violations.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }
}
