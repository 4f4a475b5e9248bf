package dev.gantry.runner.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository with a work tree, written by the tests with JGit as an action's author would. */
final class SourceRepo implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Ada Author", "ada@example.com");

    private final Git git;
    private final Path dir;

    private SourceRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    static SourceRepo init(Path dir) throws GitAPIException {
        return new SourceRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    Path dir() {
        return dir;
    }

    SourceRepo write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    SourceRepo executable(String path) throws IOException {
        Files.setPosixFilePermissions(dir.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
        return this;
    }

    SourceRepo link(String path, String target) throws IOException {
        Files.createSymbolicLink(dir.resolve(path), Path.of(target));
        return this;
    }

    /** Commits everything in the work tree; returns the commit's SHA. */
    String commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        RevCommit commit = git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
        return commit.name();
    }

    SourceRepo tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
        return this;
    }

    SourceRepo annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("release " + name).setTagger(AUTHOR).call();
        return this;
    }

    SourceRepo branch(String name) throws GitAPIException {
        git.branchCreate().setName(name).call();
        return this;
    }

    /** A bare copy at {@code <store>/<owner>/<repo>.git}, as a folder store holds it. */
    Path cloneBareInto(Path store, String owner, String repo) throws GitAPIException {
        Path target = store.resolve(owner).resolve(repo + ".git");
        try (Git ignored = Git.cloneRepository().setURI(dir.toUri().toString()).setBare(true)
                .setDirectory(target.toFile()).call()) {
            return target;
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
