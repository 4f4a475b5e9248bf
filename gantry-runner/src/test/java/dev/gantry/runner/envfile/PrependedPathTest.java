package dev.gantry.runner.envfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrependedPathTest {

    private static String path(String... parts) {
        return String.join(File.pathSeparator, parts);
    }

    @Test
    void laterLinesAndLaterStepsComeFirst() {
        PrependedPath p = PrependedPath.NONE.with(List.of("/a", "/b")).with(List.of("/c"));
        assertThat(p.apply(path("/usr/bin", "/bin"))).isEqualTo(path("/c", "/b", "/a", "/usr/bin", "/bin"));
    }

    @Test
    void aDirectoryAddedAgainMovesToTheFront() {
        PrependedPath p = PrependedPath.NONE.with(List.of("/a", "/b")).with(List.of("/a"));
        assertThat(p.directories()).containsExactly("/b", "/a");
        assertThat(p.apply("")).isEqualTo(path("/a", "/b"));
    }

    @Test
    void nothingAddedLeavesThePath() {
        assertThat(PrependedPath.NONE.apply("/usr/bin")).isEqualTo("/usr/bin");
    }

    @Test
    void parserSkipsBlankLines() {
        assertThat(PathParser.parse("/x\n\n  \r\n/y\r\n")).containsExactly("/x", "/y");
    }
}
