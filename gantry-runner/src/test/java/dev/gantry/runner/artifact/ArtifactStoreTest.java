package dev.gantry.runner.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {

    @TempDir
    Path dir;

    private Path workspace;
    private ArtifactStore store;

    @BeforeEach
    void setUp() throws IOException {
        workspace = Files.createDirectories(dir.resolve("work"));
        store = ArtifactStore.under(dir.resolve("run-1/artifacts"));
        write("dist/app.js", "app");
        write("dist/lib/util.js", "util");
    }

    @Test
    void storesFilesRelativeToTheRootAndDownloadsThemBack() throws IOException {
        UploadOutcome outcome = store.upload("web", workspace.resolve("dist"), files("dist"), 5, false);

        Artifact artifact = ((UploadOutcome.Uploaded) outcome).artifact();
        assertThat(artifact.id()).isEqualTo(1);
        assertThat(artifact.files()).isEqualTo(2);
        assertThat(artifact.size()).isEqualTo(7);
        assertThat(artifact.retentionDays()).isEqualTo(5);
        assertThat(store.root().resolve("web/files/lib/util.js")).hasContent("util");
        assertThat(store.find("web")).contains(artifact);

        Path target = dir.resolve("out");
        assertThat(store.download(artifact, target)).isEqualTo(2);
        assertThat(target.resolve("app.js")).hasContent("app");
        assertThat(target.resolve("lib/util.js")).hasContent("util");
    }

    @Test
    void jobsDownloadingOneArtifactIntoOneFolderAtOnceAllSucceed() throws Exception {
        Artifact artifact = uploaded(store.upload("web", workspace.resolve("dist"), files("dist"), 5, false));
        Path target = workspace.resolve("shared");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var downloads = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 40; i++) {
                downloads.add(pool.submit(() -> store.download(artifact, target)));
            }
            for (var download : downloads) {
                assertThat(download.get()).isPositive();
            }
        } finally {
            pool.shutdown();
        }
        try (var left = Files.walk(target)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void theSameFilesHaveTheSameDigestAndOtherFilesAnother() throws IOException {
        Artifact a = uploaded(store.upload("a", workspace.resolve("dist"), files("dist"), 1, false));
        Artifact b = uploaded(store.upload("b", workspace.resolve("dist"), files("dist"), 1, false));
        write("dist/app.js", "changed");
        Artifact c = uploaded(store.upload("c", workspace.resolve("dist"), files("dist"), 1, false));

        assertThat(a.digest()).hasSize(64).isEqualTo(b.digest()).isNotEqualTo(c.digest());
        assertThat(List.of(a.id(), b.id(), c.id())).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aSecondUploadOfANameFailsUnlessOverwriting() throws IOException {
        uploaded(store.upload("web", workspace.resolve("dist"), files("dist"), 1, false));
        write("dist/app.js", "v2");

        assertThat(store.upload("web", workspace.resolve("dist"), files("dist"), 1, false))
                .isEqualTo(new UploadOutcome.AlreadyExists("web"));
        assertThat(store.root().resolve("web/files/app.js")).hasContent("app");

        Artifact replaced = uploaded(store.upload("web", workspace.resolve("dist"), files("dist"), 1, true));
        assertThat(replaced.id()).isEqualTo(2);
        assertThat(store.root().resolve("web/files/app.js")).hasContent("v2");
        assertThat(store.list()).extracting(Artifact::name).containsExactly("web");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void concurrentUploadsOfDifferentNamesAllLandAndOfOneNameOnlyOne() throws Exception {
        List<UploadOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = i < 4 ? "matrix-" + i : "same";
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    outcomes.add(store.upload(name, workspace.resolve("dist"), files("dist"), 1, false));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(outcomes).hasSize(8);
        assertThat(outcomes.stream().filter(UploadOutcome.AlreadyExists.class::isInstance)).hasSize(3);
        assertThat(store.list()).extracting(Artifact::name)
                .containsExactlyInAnyOrder("matrix-0", "matrix-1", "matrix-2", "matrix-3", "same");
        assertThat(store.list()).extracting(Artifact::id).doesNotHaveDuplicates();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void badNamesAreRefusedWithOneSentence() {
        assertThat(ArtifactName.problem("ok-name_1.2")).isEmpty();
        assertThat(ArtifactName.problem("a/b")).get().asString()
                .isEqualTo("The artifact name 'a/b' is not valid: it contains '/', and names may not contain "
                        + "\" : < > | * ? \\ / or line breaks.");
        assertThat(ArtifactName.problem("")).isPresent();
        assertThat(ArtifactName.problem("..")).isPresent();
        assertThat(ArtifactName.problem(".gantry-ids")).isPresent();
        assertThatThrownBy(() -> store.upload("a:b", workspace, files("dist"), 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIncompleteArtifactFolderIsNotListed() throws IOException {
        Files.createDirectories(store.root().resolve("half/files"));
        Files.createDirectories(store.root().resolve("broken"));
        Files.writeString(store.root().resolve("broken/artifact.properties"), "id=x", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        assertThat(store.list()).isEmpty();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> list = Files.list(store.root())) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".gantry-staging") || n.startsWith(".gantry-trash")).toList();
        }
    }

    private static Artifact uploaded(UploadOutcome outcome) {
        assertThat(outcome).isInstanceOf(UploadOutcome.Uploaded.class);
        return ((UploadOutcome.Uploaded) outcome).artifact();
    }

    private List<Path> files(String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(workspace.resolve(folder))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private void write(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
