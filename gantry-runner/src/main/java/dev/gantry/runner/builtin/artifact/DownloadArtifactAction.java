package dev.gantry.runner.builtin.artifact;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.artifact.Artifact;
import dev.gantry.runner.artifact.ArtifactStore;
import dev.gantry.runner.builtin.input.Inputs;
import dev.gantry.runner.builtin.input.SegmentMatcher;
import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code actions/download-artifact} (v4) from the run's {@link ArtifactStore}: one artifact by {@code name} into
 * {@code path}; otherwise the artifacts {@code artifact-ids} names, or every artifact whose name matches
 * {@code pattern} (all when none is given), each into {@code path/<name>/} — or all into {@code path} with
 * {@code merge-multiple}. {@code path} defaults to the workspace and may start with {@code ~}. Output
 * {@code download-path}. Only the current run's artifacts can be read: a {@code github-token} with another
 * {@code run-id} or {@code repository} fails the step (without a token GitHub ignores both, and so does this).
 * Stateless; safe for concurrent jobs.
 */
public final class DownloadArtifactAction implements BuiltinAction {

    static final String METADATA = """
            name: 'Download a Build Artifact'
            description: 'Downloads artifacts that earlier jobs of the run uploaded'
            author: 'GitHub'
            inputs:
              name:
                description: 'The artifact to download; every artifact of the run when not given'
                required: false
              artifact-ids:
                description: 'Comma-separated ids of the artifacts to download; not together with name'
                required: false
              path:
                description: 'Where to put the files; a leading ~ is the home folder; the workspace when not given'
                required: false
              pattern:
                description: 'A glob that artifact names must match; ignored when name is given'
                required: false
              merge-multiple:
                description: 'Put the files of several artifacts together in path instead of one folder per artifact'
                required: false
                default: 'false'
              github-token:
                description: 'A token for reading another run or repository'
                required: false
              repository:
                description: 'The repository (owner/name) to read artifacts of, with github-token'
                required: false
                default: ${{ github.repository }}
              run-id:
                description: 'The run to read artifacts of, with github-token'
                required: false
                default: ${{ github.run_id }}
            outputs:
              download-path:
                description: 'The folder the artifacts were downloaded to'
            runs:
              using: 'node20'
              main: 'builtin'
            """;

    private final Function<String, ArtifactStore> stores;

    /** @param stores the artifact store of a run, by run id */
    public DownloadArtifactAction(Function<String, ArtifactStore> stores) {
        this.stores = stores;
    }

    @Override
    public String name() {
        return "actions/download-artifact";
    }

    @Override
    public String metadata() {
        return METADATA;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase != Phase.MAIN) {
            return;
        }
        checkSameRun(call);
        String name = call.input("name").strip();
        String ids = call.input("artifact-ids").strip();
        if (!name.isEmpty() && !ids.isEmpty()) {
            throw new ActionFailure("Inputs 'name' and 'artifact-ids' cannot be used together. Please specify only one.");
        }
        boolean merge = Inputs.bool(call, "merge-multiple");
        String pathInput = call.input("path").strip();
        try {
            Path destination = pathInput.isEmpty() ? call.workspace().toAbsolutePath().normalize()
                    : Inputs.resolve(call, pathInput);
            ArtifactStore store = stores.apply(call.runId());
            List<Artifact> artifacts = select(call, store, name, ids);
            boolean single = !name.isEmpty();
            for (Artifact artifact : artifacts) {
                Path target = single || merge ? destination : destination.resolve(artifact.name());
                int files = store.download(artifact, target);
                call.log("Artifact '%s' (%d files, %d bytes) downloaded to %s".formatted(artifact.name(), files,
                        artifact.size(), target));
            }
            call.log("Total of %d artifact(s) downloaded".formatted(artifacts.size()));
            call.setOutput("download-path", destination.toString());
            call.log("Download artifact has finished successfully");
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            throw new ActionFailure("Downloading artifacts failed: " + e.getMessage(), e);
        }
    }

    private static List<Artifact> select(ActionCall call, ArtifactStore store, String name, String ids)
            throws IOException, ActionFailure {
        if (!name.isEmpty()) {
            return List.of(store.find(name).orElseThrow(
                    () -> new ActionFailure("Unable to download artifact(s): Artifact not found for name: " + name)));
        }
        List<Artifact> all = store.list();
        if (!ids.isEmpty()) {
            List<Artifact> chosen = new ArrayList<>();
            for (String text : ids.split(",")) {
                long id = parseId(text.strip());
                all.stream().filter(a -> a.id() == id).findFirst().ifPresentOrElse(chosen::add,
                        () -> call.warning("Artifact with ID " + id + " not found in this run."));
            }
            if (chosen.isEmpty()) {
                throw new ActionFailure("Unable to download artifact(s): no artifact of this run has the IDs " + ids);
            }
            return chosen;
        }
        String pattern = call.input("pattern").strip();
        if (pattern.isEmpty()) {
            return all;
        }
        call.log("Filtering artifacts by pattern '%s'".formatted(pattern));
        return all.stream().filter(a -> SegmentMatcher.matches(pattern, a.name())).toList();
    }

    private static long parseId(String text) throws ActionFailure {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ActionFailure("Invalid artifact ID: '%s'. Must be a number.".formatted(text));
        }
    }

    /** With a token, GitHub reads another run or repository; this runner holds only the current run's artifacts. */
    private static void checkSameRun(ActionCall call) throws ActionFailure {
        if (call.input("github-token").isBlank()) {
            return;
        }
        String runId = call.input("run-id").strip();
        if (!runId.isEmpty() && !runId.equals(call.runId())) {
            throw new ActionFailure(("Cannot download artifacts of run %s: only the artifacts of the current run (%s) "
                    + "are available here.").formatted(runId, call.runId()));
        }
        String repository = call.input("repository").strip();
        String current = call.github().members().get("repository") instanceof Value.Str s ? s.value() : "";
        if (!repository.isEmpty() && !repository.equalsIgnoreCase(current)) {
            throw new ActionFailure(("Cannot download artifacts of repository %s: only the artifacts of the current "
                    + "run of %s are available here.").formatted(repository, current));
        }
    }
}
