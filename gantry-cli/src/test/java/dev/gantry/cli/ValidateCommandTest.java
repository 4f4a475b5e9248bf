package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String VALID = """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo hello
            """;

    private static final String TWO_MISTAKES = """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo hello
              test:
                needs: [biuld]
                runs-on: ubuntu-latest
                steps:
                  - run: make test
                    uses: actions/checkout@v4
            """;

    @TempDir
    Path dir;

    @Test
    void validWorkflowPrintsNothingAndExitsZero() throws IOException {
        Path file = write("ci.yml", VALID);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsEveryProblemAsPathLineColumnMessageRule() throws IOException {
        Path file = write("ci.yml", TWO_MISTAKES);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(line -> line.matches("\\Q" + file + "\\E:\\d+:\\d+: .+ \\[[a-z-]+\\]"));
        assertThat(run.out()).contains(file + ":8:").contains("biuld");
        assertThat(run.out()).contains(file + ":12:");
    }

    @Test
    void linesAreSortedByPosition() throws IOException {
        Path file = write("ci.yml", TWO_MISTAKES);

        CommandRun run = CommandRun.of("validate", file.toString());

        var lines = run.out().lines().map(l -> l.substring(file.toString().length() + 1)).toList();
        var positions = lines.stream().map(l -> l.split(":")).map(p -> Integer.parseInt(p[0]) * 10_000 + Integer.parseInt(p[1])).toList();
        assertThat(positions).isSorted();
    }

    @Test
    void jsonFormatCarriesTheSameDiagnostics() throws IOException {
        Path file = write("ci.yml", TWO_MISTAKES);

        CommandRun text = CommandRun.of("validate", file.toString());
        CommandRun json = CommandRun.of("validate", "--format", "json", file.toString());

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(text.out().lines().count());
        JsonNode first = array.get(0);
        assertThat(first.get("path").asText()).isEqualTo(file.toString());
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(first.get("column").asInt()).isPositive();
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(text.out().lines().findFirst().orElseThrow())
                .isEqualTo("%s:%d:%d: %s [%s]".formatted(file, first.get("line").asInt(), first.get("column").asInt(),
                        first.get("message").asText(), first.get("rule").asText()));
    }

    @Test
    void directoryFindsWorkflowsAndLocalActions() throws IOException {
        write(".github/workflows/ci.yml", VALID);
        write(".github/workflows/broken.yaml", TWO_MISTAKES);
        write(".github/actions/hello/action.yml", """
                name: hello
                description: says hello
                runs:
                  using: composite
                  steps:
                    - run: echo hello
                """);
        write("deploy/k8s.yml", "apiVersion: v1\nkind: Pod\n");

        CommandRun run = CommandRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("broken.yaml:").contains("action.yml:").doesNotContain("k8s.yml");
    }

    @Test
    void actionFileIsCheckedAsActionMetadata() throws IOException {
        Path file = write("action.yml", """
                name: hello
                runs:
                  using: node20
                """);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":").contains("description").contains("main");
    }

    @Test
    void missingPathIsAUsageError() {
        CommandRun run = CommandRun.of("validate", dir.resolve("nope.yml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory").contains("nope.yml");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--formatt", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--formatt");
    }

    @Test
    void bytesThatAreNotUtf8AreADiagnosticNotACrash() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.write(file, new byte[] {'o', 'n', ':', ' ', 'p', 'u', 's', 'h', '\n', 'j', (byte) 0xff, (byte) 0xfe});

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ":2:2: ").contains("not valid UTF-8");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void emptyFileIsReportedNotCrashed() throws IOException {
        Path file = write("empty.yml", "");

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ":1:1: ");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
