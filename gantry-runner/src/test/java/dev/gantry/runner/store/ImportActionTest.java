package dev.gantry.runner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportActionTest {

    @TempDir
    Path tmp;

    Path storeDir;
    ImportAction importer;
    SourceRepo source;
    String v1;
    String main;

    @BeforeEach
    void sourceHasTwoTagsAndABranch() throws Exception {
        storeDir = tmp.resolve("store");
        importer = new ImportAction(new StoreFolder(storeDir));
        source = SourceRepo.init(tmp.resolve("source"));
        source.write("action.yml", "runs: {using: composite, steps: []}\n");
        v1 = source.commit("one");
        source.tag("v1").tag("v1.0.0");
        source.write("extra.txt", "more");
        main = source.commit("two");
        source.annotatedTag("v2");
    }

    @AfterEach
    void closeSource() {
        source.close();
    }

    private ImportOutcome.Imported imported(ImportOutcome outcome) {
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        return (ImportOutcome.Imported) outcome;
    }

    private ImportSource from(Path path) {
        return ImportSource.of(path.toString()).orElseThrow();
    }

    @Test
    void importsATagFromALocalRepositoryWithTheTagsOfItsHistory() throws IOException {
        ImportOutcome.Imported done = imported(importer.run("acme", "tool", "v1", from(source.dir())));

        assertThat(done.ref()).isEqualTo(new StoredRef("acme", "tool", "v1", RefKind.TAG, v1));
        assertThat(done.note()).isEmpty();
        assertThat(StoreListing.of(new StoreFolder(storeDir))).extracting(StoredRef::ref)
                .containsExactly("v1", "v1.0.0");
        assertThat(new FolderActionStore(storeDir).find("acme", "tool", "v1.0.0").orElseThrow().sha()).isEqualTo(v1);
    }

    @Test
    void importsABranchAndAnAnnotatedTagOverAFileUrl() throws IOException {
        ImportSource url = ImportSource.of(source.dir().toUri().toString()).orElseThrow();

        assertThat(imported(importer.run("acme", "tool", "main", url)).ref().sha()).isEqualTo(main);
        assertThat(imported(importer.run("acme", "tool", "v2", url)).ref())
                .isEqualTo(new StoredRef("acme", "tool", "v2", RefKind.TAG, main));
        assertThat(new FolderActionStore(storeDir).find("acme", "tool", "main").orElseThrow().root()
                .resolve("extra.txt")).hasContent("more");
    }

    @Test
    void importsAFullShaThatNoRefPointsAtAndPinsIt() throws Exception {
        Path bare = source.cloneBareInto(tmp.resolve("server"), "acme", "tool");

        ImportOutcome.Imported done = imported(importer.run("acme", "tool", v1.toUpperCase(), from(bare)));

        assertThat(done.ref()).isEqualTo(new StoredRef("acme", "tool", v1, RefKind.SHA, v1));
        assertThat(StoreListing.of(new StoreFolder(storeDir))).containsExactly(done.ref());
        assertThat(new FolderActionStore(storeDir).find("acme", "tool", v1).orElseThrow().sha()).isEqualTo(v1);
    }

    @Test
    void aMissingRefNamesTheSourceAndWhatItHas() throws IOException {
        ImportOutcome outcome = importer.run("acme", "tool", "v9", from(source.dir()));

        assertThat(outcome).isEqualTo(new ImportOutcome.Failed("ref v9 not found in " + source.dir()
                + "; it has tags v1, v1.0.0, v2 and branch main"));
        assertThat(storeDir.resolve("acme/tool.git")).as("no empty repository is left").doesNotExist();
    }

    @Test
    void aShortShaIsNotFoundWithAHint() {
        ImportOutcome outcome = importer.run("acme", "tool", v1.substring(0, 7), from(source.dir()));

        assertThat(((ImportOutcome.Failed) outcome).message())
                .startsWith("ref " + v1.substring(0, 7) + " not found in ")
                .endsWith("(a shortened commit SHA is not supported: give the full 40-character SHA)");
    }

    @Test
    void anUnknownFullShaAndAMissingRepositoryFail() {
        assertThat(importer.run("acme", "tool", "1".repeat(40), from(source.dir())))
                .isEqualTo(new ImportOutcome.Failed("commit " + "1".repeat(40) + " not found in " + source.dir()));
        String nowhere = tmp.resolve("nowhere").toUri().toString();
        assertThat(importer.run("acme", "tool", "v1", ImportSource.of(nowhere).orElseThrow()))
                .isEqualTo(new ImportOutcome.Failed("no git repository at " + nowhere));
        assertThat(storeDir.resolve("acme/tool.git")).doesNotExist();
    }

    @Test
    void badNamesAndRefsAreRefused() {
        assertThat(importer.run("acme", "..", "v1", from(source.dir()))).isInstanceOf(ImportOutcome.Failed.class);
        assertThat(importer.run("acme", "tool", "bad..ref", from(source.dir())))
                .isEqualTo(new ImportOutcome.Failed("not a tag, branch or commit SHA git allows: bad..ref"));
    }

    @Test
    void aPlainFolderWithAVersionNameBecomesATagByGantryImport() throws Exception {
        Path folder = tmp.resolve("my-action");
        Files.createDirectories(folder.resolve("dist"));
        Files.writeString(folder.resolve("action.yml"), "runs: {using: node20, main: dist/index.js}\n");
        Files.writeString(folder.resolve("dist/index.js"), "console.log(1)\n");
        Files.writeString(folder.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(folder.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(folder.resolve("empty"));

        ImportOutcome.Imported done = imported(importer.run("acme", "local", "v1.2.3", from(folder)));

        assertThat(done.ref().kind()).isEqualTo(RefKind.TAG);
        assertThat(done.note()).isEqualTo("files of " + folder + " committed as new tag v1.2.3");
        Path root = new FolderActionStore(storeDir).find("acme", "local", "v1.2.3").orElseThrow().root();
        assertThat(root.resolve("dist/index.js")).hasContent("console.log(1)");
        assertThat(Files.getPosixFilePermissions(root.resolve("run.sh")))
                .isEqualTo(PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThat(root.resolve("empty")).doesNotExist();
        RevCommit commit = commit(done.ref().sha());
        assertThat(commit.getAuthorIdent().getName()).isEqualTo("Gantry import");
        assertThat(commit.getCommitterIdent().getName()).isEqualTo("Gantry import");
    }

    @Test
    void aPlainFolderWithAnotherNameBecomesABranchThatMovesOn() throws Exception {
        Path folder = tmp.resolve("my-action");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("action.yml"), "name: one\n");
        ImportOutcome.Imported first = imported(importer.run("acme", "local", "dev", from(folder)));
        Files.writeString(folder.resolve("action.yml"), "name: two\n");

        ImportOutcome.Imported second = imported(importer.run("acme", "local", "dev", from(folder)));

        assertThat(first.ref().kind()).isEqualTo(RefKind.BRANCH);
        assertThat(first.note()).endsWith("committed as new branch dev");
        assertThat(second.note()).endsWith("committed as updated branch dev");
        assertThat(commit(second.ref().sha()).getParent(0).name()).isEqualTo(first.ref().sha());
        assertThat(new FolderActionStore(storeDir).find("acme", "local", "dev").orElseThrow().root()
                .resolve("action.yml")).hasContent("name: two");
    }

    @Test
    void aFolderImportKeepsTheKindARefAlreadyHas() throws Exception {
        Path folder = tmp.resolve("my-action");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("action.yml"), "name: x\n");
        imported(importer.run("acme", "tool", "main", from(source.dir())));
        imported(importer.run("acme", "tool", "v1", from(source.dir())));

        assertThat(imported(importer.run("acme", "tool", "v1", from(folder))).note())
                .endsWith("committed as updated tag v1");
        assertThat(imported(importer.run("acme", "tool", "main", from(folder))).ref().kind())
                .isEqualTo(RefKind.BRANCH);
    }

    @Test
    void anEmptyFolderOrAShaNameIsRefused() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("empty"));

        assertThat(importer.run("acme", "local", "v1", from(folder)))
                .isEqualTo(new ImportOutcome.Failed("the folder " + folder + " holds no files to import as v1"));
        assertThat(importer.run("acme", "local", "a".repeat(40), from(folder)))
                .isInstanceOf(ImportOutcome.Failed.class);
        assertThat(storeDir.resolve("acme/local.git")).doesNotExist();
    }

    @Test
    void sourcesAreToldApart() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");

        assertThat(ImportSource.of(source.dir().toString())).contains(new ImportSource.GitSource(source.dir().toString()));
        assertThat(ImportSource.of(plain.toString())).contains(new ImportSource.FolderSource(plain));
        assertThat(ImportSource.of("https://git.example.com/acme/tool.git")).get()
                .isInstanceOf(ImportSource.GitSource.class);
        assertThat(ImportSource.of("git@github.com:acme/tool.git")).get().isInstanceOf(ImportSource.GitSource.class);
        assertThat(ImportSource.of(file.toString())).isEmpty();
        assertThat(ImportSource.of(tmp.resolve("missing").toString())).isEmpty();
    }

    @Test
    void versionLikeNames() {
        assertThat(ImportAction.looksLikeVersion("v1")).isTrue();
        assertThat(ImportAction.looksLikeVersion("v1.2.3")).isTrue();
        assertThat(ImportAction.looksLikeVersion("2.0.0-rc.1")).isTrue();
        assertThat(ImportAction.looksLikeVersion("main")).isFalse();
        assertThat(ImportAction.looksLikeVersion("release/v1")).isFalse();
    }

    private RevCommit commit(String sha) throws IOException {
        try (Git git = Git.open(storeDir.resolve("acme/local.git").toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repository = git.getRepository();
            return walk.parseCommit(repository.resolve(sha));
        }
    }
}
