package dev.gantry.runner.builtin.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSearcherTest {

    @TempDir
    Path dir;

    private Path workspace;
    private Path home;

    @BeforeEach
    void setUp() throws IOException {
        workspace = Files.createDirectories(dir.resolve("work"));
        home = Files.createDirectories(dir.resolve("home"));
        for (String file : List.of("dist/a.txt", "dist/b.log", "dist/sub/c.txt", "dist/sub/skip.txt",
                "dist/.env", "dist/.cache/x.txt", "build/d.txt", "readme.md")) {
            Path path = workspace.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
        Files.createDirectories(home.resolve(".npm"));
        Files.writeString(home.resolve(".npm/index"), "npm");
    }

    @Test
    void aFolderStandsForEverythingBelowIt() throws IOException {
        assertThat(search("dist", false)).containsExactly("dist/.cache/x.txt", "dist/.env", "dist/a.txt",
                "dist/b.log", "dist/sub/c.txt", "dist/sub/skip.txt");
    }

    @Test
    void wildcardsWithinASegmentAndAcrossSegments() throws IOException {
        assertThat(search("dist/*.txt", false)).containsExactly("dist/a.txt");
        assertThat(search("**/*.txt", false)).containsExactly("build/d.txt", "dist/.cache/x.txt", "dist/a.txt",
                "dist/sub/c.txt", "dist/sub/skip.txt");
        assertThat(search("dist/?.[lt][ox][gt]", false)).containsExactly("dist/a.txt", "dist/b.log");
    }

    @Test
    void exclusionsRemoveAndALaterLineAddsBack() throws IOException {
        assertThat(search("dist\n!dist/sub\n!**/*.log\n# a comment\n\n", false))
                .containsExactly("dist/.cache/x.txt", "dist/.env", "dist/a.txt");
        assertThat(search("dist\n!dist/sub\ndist/sub/c.txt", false))
                .containsExactly("dist/.cache/x.txt", "dist/.env", "dist/a.txt", "dist/b.log", "dist/sub/c.txt");
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOutWhenAsked() throws IOException {
        assertThat(search("dist", true)).containsExactly("dist/a.txt", "dist/b.log", "dist/sub/c.txt",
                "dist/sub/skip.txt");
    }

    @Test
    void tildeIsTheHomeFolderAndAbsolutePatternsWork() throws IOException {
        List<PathPattern> patterns = PathPattern.parseLines("~/.npm\n" + workspace.resolve("build"), workspace, home);
        List<Path> files = new FileSearcher(false, false).search(patterns).files();
        assertThat(files).containsExactlyInAnyOrder(workspace.resolve("build/d.txt"), home.resolve(".npm/index"));
    }

    @Test
    void searchRootsAreTheLiteralPrefixesWithNestedRootsMerged() {
        List<PathPattern> patterns = PathPattern.parseLines("dist/sub/*.txt\ndist/**/a*\n!dist\nbuild/./x/../d.txt",
                workspace, home);
        assertThat(FileSearcher.searchRoots(patterns)).containsExactly(workspace.resolve("dist"),
                workspace.resolve("build/d.txt"));
    }

    @Test
    void aPatternThatMatchesNothingFindsNothing() throws IOException {
        assertThat(search("missing/**\nnope.txt", false)).isEmpty();
    }

    @Test
    void linksAreKeptAsLinksUnlessFollowed() throws IOException {
        Files.createSymbolicLink(workspace.resolve("dist/link.txt"), Path.of("a.txt"));
        Files.createSymbolicLink(workspace.resolve("dist/broken.txt"), Path.of("gone.txt"));
        assertThat(search("dist/*.txt", false)).containsExactly("dist/a.txt", "dist/broken.txt", "dist/link.txt");
        List<Path> followed = new FileSearcher(true, false)
                .search(PathPattern.parseLines("dist/*.txt", workspace, home)).files();
        assertThat(followed).containsExactly(workspace.resolve("dist/a.txt"), workspace.resolve("dist/link.txt"));
    }

    private List<String> search(String input, boolean excludeHidden) throws IOException {
        List<PathPattern> patterns = PathPattern.parseLines(input, workspace, home);
        return new FileSearcher(false, excludeHidden).search(patterns).files().stream()
                .map(p -> workspace.relativize(p).toString()).toList();
    }
}
