package dev.gantry.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The example project made into a git repository and pushed, as a user would: the source folder copied without
 * what its own runs left behind ({@code dist}, {@code deployed}, any {@code .git}), committed on {@code main},
 * pushed over HTTP with an API token as the password.
 */
final class DemoRepository {

    private static final Set<String> LEFT_OUT = Set.of(".git", "dist", "deployed");

    private DemoRepository() {}

    /**
     * @throws IOException when copying, committing or pushing fails (the message names the step)
     */
    static void push(Path source, Path work, String url, String token) throws IOException {
        copy(source, work);
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("Gantry demo", "demo@gantry.invalid");
            git.commit().setMessage("The example pipeline").setAuthor(author).setCommitter(author).call();
            Iterable<PushResult> results = git.push().setRemote(url).add("main")
                    .setCredentialsProvider(new UsernamePasswordCredentialsProvider("demo", token)).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK) {
                        throw new IOException("pushing to " + url + " failed: " + update.getStatus()
                                + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
                    }
                }
            }
        } catch (GitAPIException e) {
            throw new IOException("committing or pushing the example failed: " + e.getMessage(), e);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                if (relative.getNameCount() > 0 && LEFT_OUT.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
