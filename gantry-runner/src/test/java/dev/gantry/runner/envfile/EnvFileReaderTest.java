package dev.gantry.runner.envfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void envFileEntries() throws IOException {
        assertThat(EnvFileReader.env(write("env", "A=1\nB<<X\nmulti\nline\nX\n"))).isEqualTo(new EnvFileResult.Read<>(
                List.of(new EnvEntry("A", "1", 1), new EnvEntry("B", "multi\nline", 2))));
    }

    @Test
    void nodeOptionsIsRefusedInAnyCase() throws IOException {
        EnvFileResult<List<EnvEntry>> result = EnvFileReader.env(write("env", "A=1\nnode_options=--require x\n"));
        assertThat(result).isInstanceOfSatisfying(EnvFileResult.Malformed.class, m -> {
            assertThat(m.error().kind()).isEqualTo(EnvFileKind.ENV);
            assertThat(m.error().line()).isEqualTo(2);
            assertThat(m.error().message()).contains("NODE_OPTIONS");
        });
        assertThat(EnvFileReader.output(write("out", "NODE_OPTIONS=x\n"))).isInstanceOf(EnvFileResult.Read.class);
    }

    @Test
    void namesAreCaseSensitive() throws IOException {
        assertThat(EnvFileReader.env(write("env", "Foo=1\nFOO=2\n"))).isEqualTo(new EnvFileResult.Read<>(
                List.of(new EnvEntry("Foo", "1", 1), new EnvEntry("FOO", "2", 2))));
    }

    @Test
    void defaultVariables() {
        assertThat(EnvFileReader.isDefaultVariable("GITHUB_SHA")).isTrue();
        assertThat(EnvFileReader.isDefaultVariable("RUNNER_TEMP")).isTrue();
        assertThat(EnvFileReader.isDefaultVariable("CI")).isFalse();
        assertThat(EnvFileReader.isDefaultVariable("github_sha")).isFalse();
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        assertThat(EnvFileReader.output(write("out", "\uFEFFa=1\r\n"))).isEqualTo(
                new EnvFileResult.Read<>(List.of(new EnvEntry("a", "1", 1))));
    }

    @Test
    void missingFileIsEmpty() {
        assertThat(EnvFileReader.state(dir.resolve("gone"))).isEqualTo(new EnvFileResult.Read<>(List.of()));
        assertThat(EnvFileReader.path(dir.resolve("gone"))).isEqualTo(new EnvFileResult.Read<>(List.of()));
        assertThat(EnvFileReader.summary(dir.resolve("gone"))).isEqualTo(new EnvFileResult.Read<>(new StepSummary.Empty()));
    }

    @Test
    void unreadableFileIsOneErrorForTheWholeFile() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("a-directory"));
        EnvFileResult<List<EnvEntry>> result = EnvFileReader.output(directory);
        assertThat(result).isInstanceOfSatisfying(EnvFileResult.Malformed.class, m -> {
            assertThat(m.error().line()).isZero();
            assertThat(m.error().render()).startsWith("GITHUB_OUTPUT: cannot read a-directory");
        });
    }

    @Test
    void pathFileInFileOrder() throws IOException {
        assertThat(EnvFileReader.path(write("path", "/opt/a/bin\r\n\n/opt/b bin\n"))).isEqualTo(
                new EnvFileResult.Read<>(List.of("/opt/a/bin", "/opt/b bin")));
    }

    @Test
    void summaryPassesMarkdownThrough() throws IOException {
        String md = "## Results\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assertThat(EnvFileReader.summary(write("sum", md))).isEqualTo(new EnvFileResult.Read<>(new StepSummary.Markdown(md)));
        assertThat(EnvFileReader.summary(write("blank", "\n  \n"))).isEqualTo(new EnvFileResult.Read<>(new StepSummary.Empty()));
    }

    @Test
    void summaryOverOneMebibyteIsDroppedWithAWarning() throws IOException {
        Path exact = Files.write(dir.resolve("exact"), "x".repeat(StepSummary.MAX_BYTES).getBytes(StandardCharsets.UTF_8));
        assertThat(EnvFileReader.summary(exact)).isInstanceOfSatisfying(EnvFileResult.Read.class,
                r -> assertThat(r.value()).isInstanceOf(StepSummary.Markdown.class));
        Path over = Files.write(dir.resolve("over"), "x".repeat(StepSummary.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8));
        StepSummary.TooLarge tooLarge = new StepSummary.TooLarge(StepSummary.MAX_BYTES + 1);
        assertThat(EnvFileReader.summary(over)).isEqualTo(new EnvFileResult.Read<>(tooLarge));
        assertThat(tooLarge.warning()).isEqualTo(
                "$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1025k.");
    }
}
