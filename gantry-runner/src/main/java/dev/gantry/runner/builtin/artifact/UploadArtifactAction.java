package dev.gantry.runner.builtin.artifact;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.artifact.ArtifactName;
import dev.gantry.runner.artifact.ArtifactStore;
import dev.gantry.runner.artifact.UploadOutcome;
import dev.gantry.runner.builtin.input.FileSearcher;
import dev.gantry.runner.builtin.input.Inputs;
import dev.gantry.runner.builtin.input.PathPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code actions/upload-artifact} (v4): the files the {@code path} lines select (links followed, hidden files left
 * out unless {@code include-hidden-files}) are stored in the run's {@link ArtifactStore} at their paths relative to
 * the {@link UploadRoot}. Outputs {@code artifact-id}, {@code artifact-url} (a {@code file:} URL of the stored
 * files: there is no artifact service to point at) and {@code artifact-digest}. {@code compression-level} is
 * checked and otherwise has no effect: files are stored uncompressed. Stateless; safe for concurrent jobs.
 */
public final class UploadArtifactAction implements BuiltinAction {

    static final String METADATA = """
            name: 'Upload a Build Artifact'
            description: 'Stores files of this job so that later jobs of the run can download them'
            author: 'GitHub'
            inputs:
              name:
                description: 'The name of the artifact'
                default: 'artifact'
              path:
                description: 'Files, folders and glob patterns to upload, one per line; a leading ! excludes'
                required: true
              if-no-files-found:
                description: 'What to do when the path matches no file: warn, error or ignore'
                default: 'warn'
              retention-days:
                description: 'Days to keep the artifact, from 1 to 90; 0 means the default'
              compression-level:
                description: 'Zlib level from 0 (none) to 9 (best)'
                default: '6'
              overwrite:
                description: 'Replace an artifact of the same name instead of failing'
                default: 'false'
              include-hidden-files:
                description: 'Also upload files and folders whose name starts with a dot'
                default: 'false'
            outputs:
              artifact-id:
                description: 'The id of the uploaded artifact; empty when the upload failed'
              artifact-url:
                description: 'Where the uploaded artifact can be fetched; empty when the upload failed'
              artifact-digest:
                description: 'The SHA-256 digest of the uploaded artifact; empty when the upload failed'
            runs:
              using: 'node20'
              main: 'builtin'
            """;

    private final Function<String, ArtifactStore> stores;

    /** @param stores the artifact store of a run, by run id */
    public UploadArtifactAction(Function<String, ArtifactStore> stores) {
        this.stores = stores;
    }

    @Override
    public String name() {
        return "actions/upload-artifact";
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
        UploadRequest request = UploadRequest.of(call);
        var badName = ArtifactName.problem(request.name());
        if (badName.isPresent()) {
            throw new ActionFailure(badName.get());
        }
        try {
            List<PathPattern> patterns = PathPattern.parseLines(request.path(), call.workspace(), Inputs.home(call));
            FileSearcher.Found found = new FileSearcher(true, !request.includeHidden()).search(patterns);
            if (found.files().isEmpty()) {
                noFiles(call, request);
                return;
            }
            Path root = UploadRoot.of(found.searchRoots(), found.files());
            call.log("With the provided path, there will be %d file(s) uploaded".formatted(found.files().size()));
            if (found.searchRoots().size() > 1) {
                call.log("The least common ancestor is %s. This will be the root directory of the artifact"
                        .formatted(root));
            }
            UploadOutcome outcome = stores.apply(call.runId()).upload(request.name(), root, found.files(),
                    request.retentionDays(), request.overwrite());
            switch (outcome) {
                case UploadOutcome.Uploaded uploaded -> {
                    var artifact = uploaded.artifact();
                    call.log("Artifact %s has been successfully uploaded! Final size is %d bytes. Artifact ID is %d"
                            .formatted(artifact.name(), artifact.size(), artifact.id()));
                    call.log("Artifact download URL: " + artifact.folder().toUri());
                    call.setOutput("artifact-id", Long.toString(artifact.id()));
                    call.setOutput("artifact-url", artifact.folder().toUri().toString());
                    call.setOutput("artifact-digest", artifact.digest());
                }
                case UploadOutcome.AlreadyExists exists -> throw new ActionFailure(("An artifact named '%s' already "
                        + "exists in this run; set overwrite: true to replace it.").formatted(exists.name()));
            }
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            throw new ActionFailure("Uploading artifact '%s' failed: %s".formatted(request.name(), e.getMessage()), e);
        }
    }

    private static void noFiles(ActionCall call, UploadRequest request) throws ActionFailure {
        String message = "No files were found with the provided path: %s. No artifacts will be uploaded."
                .formatted(request.path().strip().replace("\n", ", "));
        switch (request.ifNoFilesFound()) {
            case WARN -> call.warning(message);
            case ERROR -> throw new ActionFailure(message);
            case IGNORE -> call.log(message);
        }
    }
}
