package dev.gantry.runner.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The image a docker action runs: built from the Dockerfile in its folder (the folder is the build context), or an
 * image reference pulled as the {@link ImagePolicy} says. A built image is tagged
 * {@code gantry-action/<folder>:<digest of the context>}, so an unchanged action is built once per engine and a
 * changed one again; the build's output goes to the step's log. Blocks while the engine builds or pulls; an
 * interrupt ends the wait with {@link InterruptedException}. Thread-safe.
 */
public final class ActionImages {

    /** What {@link #dockerfile} or {@link #registry} gave. */
    public sealed interface Prepared {
        /** The image to run, by reference. */
        record Ready(String image) implements Prepared {
            public Ready {
                Objects.requireNonNull(image, "image");
            }
        }

        /** One sentence naming the action and the image or file. */
        record Failed(String message) implements Prepared {
            public Failed {
                Objects.requireNonNull(message, "message");
            }
        }
    }

    /** The repository part of the tags of built action images. */
    public static final String REPOSITORY = "gantry-action";

    private final DockerEngine engine;
    private final ImagePolicy policy;

    public ActionImages(DockerEngine engine, ImagePolicy policy) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Builds (unless built already) the image of the Dockerfile {@code dockerfile} with {@code context} as context.
     *
     * @param action names the action in a failure ({@code './my-action'})
     * @param log    the build's output and the runner's lines about it
     */
    public Prepared dockerfile(Path context, Path dockerfile, String action, Consumer<String> log)
            throws InterruptedException {
        Path file = dockerfile.normalize();
        if (!file.startsWith(context) || !Files.isRegularFile(file)) {
            return new Prepared.Failed("the docker action '" + action + "' names the Dockerfile " + file
                    + ", which does not exist in its folder " + context);
        }
        String tag;
        try {
            tag = REPOSITORY + "/" + JobContainers.slug(context.getFileName() == null ? "root"
                    : context.getFileName().toString()) + ":" + ContextDigest.of(context).substring(0, 20);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Prepared.Failed("cannot read the build context of the docker action '" + action + "' ("
                    + context + "): " + e.getMessage());
        }
        try {
            if (engine.hasImage(tag)) {
                log.accept("Using the image " + tag + ", built from " + file + " before");
                return new Prepared.Ready(tag);
            }
            log.accept("Building " + file + " as " + tag);
            engine.build(context, file, tag, Map.of(), log);
            return new Prepared.Ready(tag);
        } catch (EngineFailure e) {
            return new Prepared.Failed("the docker action '" + action + "': " + e.getMessage());
        }
    }

    /** The image {@code image} ({@code alpine:3.19}), pulled when missing unless the policy is {@code never}. */
    public Prepared registry(String image, String action, Consumer<String> log) throws InterruptedException {
        try {
            if (engine.hasImage(image)) {
                return new Prepared.Ready(image);
            }
            if (policy == ImagePolicy.NEVER) {
                return new Prepared.Failed("the docker action '" + action + "': image '" + image + "' is not on"
                        + " this engine and the image policy is 'never' (build or load it first)");
            }
            log.accept("Pulling image " + image);
            engine.pull(image, java.util.Optional.empty());
            return new Prepared.Ready(image);
        } catch (EngineFailure e) {
            return new Prepared.Failed("the docker action '" + action + "': " + e.getMessage());
        }
    }
}
