package dev.gantry.runner.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotenvReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("secrets.env"), "\uFEFFTOKEN=abc\n");
        assertThat(DotenvReader.read(file)).isEqualTo(new DotenvResult.Values(Map.of("TOKEN", "abc")));
    }

    @Test
    void missingFileIsOneClearError() {
        Path file = dir.resolve("nope.env");
        assertThat(DotenvReader.read(file)).isEqualTo(new DotenvResult.Failed(file + ": cannot read: no such file"));
    }

    @Test
    void directoryIsOneClearError() {
        assertThat(DotenvReader.read(dir)).isEqualTo(new DotenvResult.Failed(dir + ": cannot read: it is a directory"));
    }

    @Test
    void nonUtf8IsOneClearError() throws IOException {
        Path file = Files.write(dir.resolve("latin1.env"), new byte[] {'A', '=', (byte) 0xe9, '\n'});
        assertThat(DotenvReader.read(file)).isEqualTo(new DotenvResult.Failed(file + ": cannot read: not UTF-8 text"));
    }

    @Test
    void parseErrorsNameThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("vars.env"), "OK=1\nBAD LINE\n");
        assertThat(DotenvReader.read(file)).isEqualTo(new DotenvResult.Failed(file + ":2: expected '=' after BAD"));
    }
}
