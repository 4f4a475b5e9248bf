package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code gantry.jar} as a real process, as users and other tools do: exit codes, standard
 * output and standard error of the command-line contracts.
 */
class GantryProcessIT {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void versionNamesTheBuild() throws Exception {
        GantryProcess result = gantry("", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("gantry \\d+\\.\\d+\\.\\d+.*\\R");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        GantryProcess result = gantry("", "help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run").contains("validate").contains("expr");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        GantryProcess result = gantry("", "deploy-everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("deploy-everything");
    }

    @Test
    void examplesAreValid() throws Exception {
        GantryProcess result = gantry("", "validate", EXAMPLES.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void brokenExampleReportsItsMistakes() throws Exception {
        Path broken = EXAMPLES.resolve("mistakes").resolve("broken.yml");

        GantryProcess result = gantry("", "validate", broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines().toList()).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(line -> line.startsWith(broken + ":"));
        assertThat(result.out()).contains("timeout-minutes").contains("'lint'").contains("not closed");
    }

    @Test
    void exprStreamsJsonLines() throws Exception {
        GantryProcess result = gantry("""
                {"expr": "contains(github.event.pull_request.labels.*.name, 'deploy')", "contexts": {"github": {"event": {"pull_request": {"labels": [{"name": "Deploy"}]}}}}}
                {"expr": "1 +"}
                """, "expr", "--jsonl");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "{\"result\":{\"kind\":\"Boolean\",\"value\":true}}",
                "{\"err\":{\"kind\":\"lexing\",\"value\":\"Unexpected symbol: '+'. Located at position 3 within expression: 1 +\"}}");
    }

    private static GantryProcess gantry(String stdin, String... args) throws IOException, InterruptedException {
        return GantryProcess.run(stdin, java.util.Map.of(), args);
    }
}
