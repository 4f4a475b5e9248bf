package dev.gantry.runner.builtin.artifact;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.artifact.ArtifactStore;
import java.util.List;
import java.util.function.Function;

/** Upload and download over the artifact stores of runs, for {@link dev.gantry.runner.action.ActionSources#of}. */
public final class ArtifactActions {

    private ArtifactActions() {}

    /** @param stores the artifact store of a run, by run id (the CLI: {@code <run folder>/artifacts}) */
    public static List<BuiltinAction> over(Function<String, ArtifactStore> stores) {
        return List.of(new UploadArtifactAction(stores), new DownloadArtifactAction(stores));
    }
}
