package dev.gantry.runner.host;

import dev.gantry.runner.action.ActionSources;
import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.store.MissingAction;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.action.ActionMetadata;
import dev.gantry.workflow.action.ActionReader;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.model.ActionRef;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the action behind a {@code uses:}: a local action ({@code ./path}) in the workspace; a repository action
 * ({@code owner/repo[/path]@ref}) in the action store, else among the built-in stand-ins; an image
 * ({@code docker://image}) or a folder holding only a {@code Dockerfile} when the host has a container runtime
 * (without one they fail, naming the missing runtime). The metadata is read with {@link ActionReader}; its errors
 * are reported with the file, line and column. Blocks on file I/O (and on the store, which may fetch);
 * thread-safe.
 */
final class ActionResolver {

    /** What resolving gave: the action, or one sentence saying why there is none. */
    sealed interface Resolution {
        record Found(ResolvedAction action) implements Resolution {}

        record Problem(String message) implements Resolution {}

        /** The found action put into another shape; a problem stays as it is. */
        default Resolution map(java.util.function.Function<ResolvedAction, ResolvedAction> change) {
            return switch (this) {
                case Found f -> new Found(change.apply(f.action()));
                case Problem p -> p;
            };
        }
    }

    private final ActionSources sources;
    private final Path workspace;
    private final boolean containers;

    ActionResolver(ActionSources sources, Path workspace) {
        this(sources, workspace, false);
    }

    /** @param containers whether the host has a container runtime for docker actions */
    ActionResolver(ActionSources sources, Path workspace, boolean containers) {
        this.sources = sources;
        this.workspace = workspace;
        this.containers = containers;
    }

    Resolution resolve(ActionRef ref) {
        return switch (ref) {
            case ActionRef.Docker d when containers -> synthetic(d.text(), "docker://" + d.image(), true);
            case ActionRef.Docker d -> new Resolution.Problem("'" + d.text() + "' is a docker action, which needs a"
                    + " container runtime, and none is configured");
            case ActionRef.Local l -> local(l);
            case ActionRef.Repository r -> repository(r);
        };
    }

    private Resolution local(ActionRef.Local ref) {
        Path directory = workspace.resolve(ref.path()).normalize();
        if (!directory.startsWith(workspace)) {
            return new Resolution.Problem("the local action '" + ref.text() + "' lies outside the workspace");
        }
        return read(directory, ref.text(), "under '" + directory + "'. Did you forget to run actions/checkout before"
                + " running your local action?", Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Resolution repository(ActionRef.Repository ref) {
        String name = ref.owner() + "/" + ref.repo() + ref.path().map(p -> "/" + p).orElse("");
        Optional<ActionStore.StoredAction> stored;
        try {
            stored = sources.store().find(ref.owner(), ref.repo(), ref.ref());
        } catch (IOException | RuntimeException e) {
            return new Resolution.Problem("cannot read the action " + ref.text() + " from the action store: "
                    + e.getMessage());
        }
        if (stored.isPresent()) {
            Path root = stored.get().root();
            Path directory = ref.path().map(p -> root.resolve(p).normalize()).orElse(root);
            if (!directory.startsWith(root)) {
                return new Resolution.Problem("the action path of '" + ref.text() + "' leaves its repository");
            }
            return read(directory, ref.text(), "in " + name + " at " + stored.get().sha(),
                    Optional.of(ref.owner() + "/" + ref.repo()), Optional.of(ref.ref()),
                    Optional.of(stored.get().sha()));
        }
        Optional<BuiltinAction> builtin = sources.builtin(name);
        if (builtin.isPresent()) {
            Parsed<ActionMetadata> metadata = ActionReader.read(name + " (built-in)", builtin.get().metadata());
            if (metadata.value().isEmpty() || metadata.hasErrors()) {
                return new Resolution.Problem("the built-in " + name + " declares invalid metadata: "
                        + problems(metadata.diagnostics(), name));
            }
            return new Resolution.Found(new ResolvedAction.Builtin(ref.text(), metadata.value().get(),
                    builtin.get()));
        }
        String store = sources.store() == ActionStore.EMPTY ? "none is configured" : sources.store().toString();
        return new Resolution.Problem(MissingAction.message(ref.owner(), ref.repo(), ref.ref(), store)
                + "; no built-in action stands in for " + name);
    }

    private Resolution read(Path directory, String uses, String where, Optional<String> repository,
                                   Optional<String> ref, Optional<String> sha) {
        Optional<Path> file = List.of("action.yml", "action.yaml").stream().map(directory::resolve)
                .filter(Files::isRegularFile).findFirst();
        if (file.isEmpty() && containers && Files.isRegularFile(directory.resolve("Dockerfile"))) {
            return synthetic(uses, "Dockerfile", false).map(a -> new ResolvedAction.OnDisk(uses, a.metadata(),
                    directory, repository, ref, sha));
        }
        if (file.isEmpty()) {
            return new Resolution.Problem(Files.isRegularFile(directory.resolve("Dockerfile"))
                    ? "'" + uses + "' is a docker action (a Dockerfile without action.yml), which needs a container"
                    + " runtime, and none is configured"
                    : "can't find 'action.yml' or 'action.yaml' " + where);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file.get())))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Resolution.Problem(file.get() + " is not valid UTF-8");
        } catch (IOException e) {
            return new Resolution.Problem("cannot read " + file.get() + ": " + e.getMessage());
        }
        Parsed<ActionMetadata> parsed = ActionReader.read(file.get().toString(), text);
        if (parsed.value().isEmpty() || parsed.hasErrors()) {
            return new Resolution.Problem("the action '" + uses + "' has an invalid " + file.get().getFileName()
                    + ": " + problems(parsed.diagnostics(), file.get().toString()));
        }
        return new Resolution.Found(new ResolvedAction.OnDisk(uses, parsed.value().get(), directory, repository,
                ref, sha));
    }

    /**
     * The metadata GitHub assumes for an action without {@code action.yml}: a docker action running {@code image};
     * a {@code docker://} step also takes the {@code args} and {@code entrypoint} inputs.
     */
    private static Resolution synthetic(String uses, String image, boolean stepInputs) {
        String text = "name: " + quoted(uses) + "\ndescription: " + quoted(uses) + "\n"
                + (stepInputs ? "inputs:\n  args:\n    description: the container's arguments\n  entrypoint:\n"
                + "    description: the program replacing the image's entry point\n" : "")
                + "runs:\n  using: docker\n  image: " + quoted(image) + "\n";
        Parsed<ActionMetadata> parsed = ActionReader.read(uses, text);
        if (parsed.value().isEmpty() || parsed.hasErrors()) {
            return new Resolution.Problem("'" + uses + "' is not a usable docker image reference: "
                    + problems(parsed.diagnostics(), uses));
        }
        return new Resolution.Found(new ResolvedAction.Image(uses, parsed.value().get()));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String problems(List<Diagnostic> diagnostics, String file) {
        return diagnostics.stream().filter(Diagnostic::isError).map(d -> d.render(file))
                .collect(Collectors.joining("; "));
    }
}
