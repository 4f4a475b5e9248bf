package dev.gantry.runner.builtin.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadRootTest {

    @Test
    void severalRootsMeetAtTheirLeastCommonAncestor() {
        assertThat(UploadRoot.of(List.of(Path.of("/w/a/b/c"), Path.of("/w/a/d"), Path.of("/w/a/b/e")), List.of()))
                .isEqualTo(Path.of("/w/a"));
        assertThat(UploadRoot.of(List.of(Path.of("/w/x"), Path.of("/v/y")), List.of())).isEqualTo(Path.of("/"));
    }

    @Test
    void oneFolderIsItsOwnRootAndOneFileHasItsFolderAsRoot() {
        assertThat(UploadRoot.of(List.of(Path.of("/w/dist")), List.of(Path.of("/w/dist/a.js"))))
                .isEqualTo(Path.of("/w/dist"));
        assertThat(UploadRoot.of(List.of(Path.of("/w/dist/a.js")), List.of(Path.of("/w/dist/a.js"))))
                .isEqualTo(Path.of("/w/dist"));
    }
}
