package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest that names a built action image: same context, same digest; any change, another. */
class ContextDigestTest {

    @TempDir
    Path root;

    private Path context(String name, String dockerfile) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/run.sh"), "echo hi\n");
        return dir;
    }

    @Test
    void equalContextsInDifferentFoldersGiveTheSameDigest() throws IOException {
        assertThat(ContextDigest.of(context("a", "FROM x\n"))).isEqualTo(ContextDigest.of(context("b", "FROM x\n")))
                .hasSize(64);
    }

    @Test
    void anEditAnAddedFileOrARenameChangesIt() throws IOException {
        Path dir = context("a", "FROM x\n");
        String before = ContextDigest.of(dir);
        Files.writeString(dir.resolve("src/run.sh"), "echo hello\n");
        String edited = ContextDigest.of(dir);
        Files.writeString(dir.resolve("extra"), "");
        String added = ContextDigest.of(dir);
        Files.move(dir.resolve("extra"), dir.resolve("other"));
        String renamed = ContextDigest.of(dir);
        assertThat(java.util.Set.of(before, edited, added, renamed)).hasSize(4);
    }
}
