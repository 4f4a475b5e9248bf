package dev.gantry.runner.builtin.checkout;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code actions/checkout@v4} from a repository on this machine. The commit is {@code ref} (a branch, tag or SHA)
 * or, for the run's own repository, the run's {@code github.sha}; another repository defaults to its
 * {@code HEAD}. When the target is the source repository's own folder (as under {@code gantry run -C DIR}) the
 * step only logs that the workspace holds the commit, and refuses to move that folder to another commit. Otherwise
 * {@link CommitFetcher} fetches the commit into {@code path} and {@link SubmoduleFetcher} adds submodules.
 * Outputs {@code ref} and {@code commit}.
 *
 * <p>{@code fetch-depth} 1 (the default) fetches the single commit; N the last N; 0 the whole history with every
 * branch and tag. No credentials exist locally: {@code token}, {@code ssh-key} and {@code persist-credentials}
 * are accepted and nothing is written to {@code .git/config} but {@code origin}'s local path. {@code lfs},
 * {@code sparse-checkout} and {@code filter} are not supported and give a warning.
 */
public final class CheckoutAction implements BuiltinAction {

    private static final String ACTION = "actions/checkout";

    private final SourceRepositories sources;

    /** Checks out from the repositories {@code sources} maps. */
    public CheckoutAction(SourceRepositories sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return ACTION;
    }

    @Override
    public String metadata() {
        return CheckoutMetadata.TEXT;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase != Phase.MAIN) {
            return;
        }
        warnUnsupported(call);
        String own = github(call, "repository");
        String repository = call.input("repository").isBlank() ? own : call.input("repository").strip();
        Path folder = sources.find(repository).orElseThrow(() -> new ActionFailure(
                "%s: repository '%s' is not available on this machine".formatted(ACTION, repository)));
        Path target = target(call);
        Optional<Repository> opened = SourceFolder.open(folder);
        if (opened.isEmpty() && repository.equalsIgnoreCase(own) && call.input("ref").isBlank()
                && realPath(target).equals(realPath(folder))) {
            call.log("The workspace is the folder being run (%s), which is not a git repository; it already holds"
                    .formatted(folder) + " the files, so there is nothing to check out");
            return;
        }
        CommitFetcher.Options options = options(call);
        try (Repository source = opened.orElseThrow(() -> new ActionFailure(
                "%s: %s is not a git repository (the source of %s)".formatted(ACTION, folder, repository)))) {
            boolean runCommit = repository.equalsIgnoreCase(own) && call.input("ref").isBlank();
            SourceRef ref = ref(call, source, repository, runCommit);
            Optional<Path> workTree = SourceFolder.workTree(source);
            if (workTree.isPresent() && workTree.get().equals(realPath(target))) {
                inPlace(call, source, ref, runCommit);
            } else {
                guard(call, source, workTree, target);
                CommitFetcher fetcher = new CommitFetcher(call);
                fetcher.fetch(source.getDirectory().toPath(), ref, target, options);
                String submodules = call.input("submodules").strip().toLowerCase(Locale.ROOT);
                if (submodules.equals("true") || submodules.equals("recursive")) {
                    new SubmoduleFetcher(call, fetcher).update(workTree.orElse(folder), target,
                            submodules.equals("recursive"), options);
                }
            }
            call.setOutput("ref", runCommit && !github(call, "ref").isEmpty() ? github(call, "ref") : ref.name());
            call.setOutput("commit", ref.commit().name());
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new ActionFailure("%s: checking out %s into %s failed: %s".formatted(ACTION, repository, target,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static SourceRef ref(ActionCall call, Repository source, String repository, boolean runCommit)
            throws IOException, ActionFailure {
        String wanted;
        if (!call.input("ref").isBlank()) {
            wanted = call.input("ref").strip();
        } else if (runCommit && !github(call, "sha").isEmpty()) {
            wanted = github(call, "sha");
        } else if (runCommit && !github(call, "ref").isEmpty()) {
            wanted = github(call, "ref");
        } else {
            return SourceRef.head(source).orElseThrow(() -> new ActionFailure(
                    "%s: repository %s has no commits".formatted(ACTION, repository)));
        }
        return SourceRef.resolve(source, wanted).orElseThrow(() -> new ActionFailure(
                "%s: ref '%s' does not exist in repository %s".formatted(ACTION, wanted, repository)));
    }

    /** The workspace is the source itself: leave it, unless asked for another commit. */
    private static void inPlace(ActionCall call, Repository source, SourceRef ref, boolean runCommit)
            throws IOException, ActionFailure {
        Optional<SourceRef> head = SourceRef.head(source);
        if (!runCommit && (head.isEmpty() || !head.get().commit().equals(ref.commit()))) {
            throw new ActionFailure(("%s: the workspace is the source repository itself, at %s; checking out '%s'"
                    + " there would change your working copy; give a path: to check it out into a subfolder")
                    .formatted(ACTION, head.map(h -> h.commit().abbreviate(7).name()).orElse("no commit"),
                            call.input("ref")));
        }
        call.log("The workspace already holds %s (%s); nothing to check out".formatted(
                ref.commit().abbreviate(7).name(), source.getWorkTree()));
    }

    /** Never let a checkout delete or overwrite files of the source repository itself. */
    private static void guard(ActionCall call, Repository source, Optional<Path> workTree, Path target)
            throws ActionFailure, IOException {
        Path real = realPath(target);
        String path = call.input("path");
        if (workTree.isPresent() && workTree.get().startsWith(real)
                || real.startsWith(realPath(source.getDirectory().toPath()))) {
            throw new ActionFailure("%s: path '%s' holds the source repository %s; checking out there would overwrite it"
                    .formatted(ACTION, path, workTree.orElse(source.getDirectory().toPath())));
        }
        if (workTree.isPresent() && real.startsWith(workTree.get()) && Files.isDirectory(target)
                && !Files.isDirectory(target.resolve(".git"))) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new ActionFailure(("%s: path '%s' already holds files of the source repository %s;"
                            + " give an empty or new folder").formatted(ACTION, path, workTree.get()));
                }
            }
        }
    }

    private static Path target(ActionCall call) throws ActionFailure {
        Path workspace = call.workspace().toAbsolutePath().normalize();
        String path = call.input("path").strip();
        Path target;
        try {
            target = workspace.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ActionFailure("%s: path '%s' is not a valid path".formatted(ACTION, path));
        }
        if (!target.startsWith(workspace)) {
            throw new ActionFailure("%s: path '%s' is outside the workspace %s".formatted(ACTION, path, workspace));
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ActionFailure("%s: path '%s' is a file, not a folder".formatted(ACTION, path));
        }
        return target;
    }

    private static CommitFetcher.Options options(ActionCall call) throws ActionFailure {
        String text = call.input("fetch-depth").strip();
        int depth;
        try {
            depth = text.isEmpty() ? 1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            depth = -1;
        }
        if (depth < 0) {
            throw new ActionFailure("%s: fetch-depth '%s' is not a number of commits (0 for all history)".formatted(
                    ACTION, text));
        }
        return new CommitFetcher.Options(depth, bool(call, "fetch-tags", false), bool(call, "clean", true));
    }

    private static boolean bool(ActionCall call, String input, boolean absent) {
        String value = call.input(input).strip();
        return value.isEmpty() ? absent : value.equalsIgnoreCase("true");
    }

    private static void warnUnsupported(ActionCall call) {
        if (bool(call, "lfs", false)) {
            call.warning(ACTION + ": lfs is not supported here; Git LFS files stay pointer files");
        }
        for (String input : new String[] {"sparse-checkout", "filter"}) {
            if (!call.input(input).isBlank()) {
                call.warning("%s: %s is not supported here; the whole commit is checked out".formatted(ACTION, input));
            }
        }
        if (bool(call, "persist-credentials", true)) {
            call.debug(ACTION + ": no credentials exist on this machine; none is written to the repository");
        }
    }

    private static String github(ActionCall call, String name) {
        return call.github().members().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue() instanceof Value.Str s ? s.value() : "")
                .findFirst().orElse("");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
