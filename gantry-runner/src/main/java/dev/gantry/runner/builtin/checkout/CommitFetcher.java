package dev.gantry.runner.builtin.checkout;

import dev.gantry.runner.action.ActionCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Puts one commit of a local source repository into a target folder with JGit, as {@code actions/checkout} does
 * with git: reuse the repository already there (after {@code git clean -ffdx} and {@code git reset --hard} when
 * asked), else empty the folder and {@code git init} it; point {@code origin} at the source folder; fetch the ref
 * (shallow to {@code depth} commits when it is not 0; all branches and tags when it is); check the commit out
 * detached, overwriting local changes. JGit's in-process transport serves the source, so shallow fetches of any
 * reachable commit work, abbreviated or not. Blocks on disk I/O; used by one step at a time per target.
 */
final class CommitFetcher {

    /**
     * @param depth     commits to fetch, 0 for the whole history
     * @param fetchTags also fetch every tag (always done when {@code depth} is 0)
     * @param clean     clean and reset a repository found in the target first
     */
    record Options(int depth, boolean fetchTags, boolean clean) {}

    private final ActionCall call;

    CommitFetcher(ActionCall call) {
        this.call = call;
    }

    /** Checks {@code ref} of the repository in {@code source} out into {@code target}. */
    void fetch(Path source, SourceRef ref, Path target, Options options) throws IOException, GitAPIException {
        try (Git git = prepare(target, options.clean())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", source.toString());
            config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            config.save();
            List<RefSpec> specs = new ArrayList<>(List.of(ref.refSpec()));
            if (options.depth() == 0) {
                specs.add(new RefSpec("+refs/heads/*:refs/remotes/origin/*"));
            }
            if (options.depth() == 0 || options.fetchTags()) {
                specs.add(new RefSpec("+refs/tags/*:refs/tags/*"));
            }
            // No tag following: a followed tag would bring its history past the depth (as git, checkout passes --no-tags).
            var fetch = git.fetch().setRemote("origin").setRefSpecs(specs).setTagOpt(TagOpt.NO_TAGS);
            if (options.depth() > 0) {
                fetch.setDepth(options.depth());
            } else if (Files.exists(git.getRepository().getDirectory().toPath().resolve("shallow"))) {
                fetch.setUnshallow(true);
            }
            call.log("Fetching %s from %s%s".formatted(ref.name(), source,
                    options.depth() > 0 ? " (depth " + options.depth() + ")" : ""));
            fetch.call();
            git.checkout().setName(ref.commit().name()).setForced(true).call();
            call.log("HEAD is now at %s (detached)".formatted(ref.commit().abbreviate(7).name()));
        }
    }

    private Git prepare(Path target, boolean clean) throws IOException, GitAPIException {
        if (Files.isDirectory(target.resolve(Constants.DOT_GIT))) {
            Git git = Git.open(target.toFile());
            if (clean && git.getRepository().resolve(Constants.HEAD) != null) {
                call.log("Cleaning the repository in " + target);
                git.clean().setCleanDirectories(true).setIgnore(false).setForce(true).call();
                git.reset().setMode(ResetCommand.ResetType.HARD).call();
            }
            return git;
        }
        if (Files.isDirectory(target)) {
            emptyFolder(target);
        }
        Files.createDirectories(target);
        return Git.init().setDirectory(target.toFile()).setInitialBranch("main").call();
    }

    private void emptyFolder(Path target) throws IOException {
        List<Path> entries;
        try (Stream<Path> children = Files.list(target)) {
            entries = children.toList();
        }
        if (entries.isEmpty()) {
            return;
        }
        call.log("Deleting the contents of " + target);
        for (Path entry : entries) {
            try (Stream<Path> tree = Files.walk(entry)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
