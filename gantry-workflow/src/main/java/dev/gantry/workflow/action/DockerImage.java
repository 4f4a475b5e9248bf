package dev.gantry.workflow.action;

import java.util.Objects;

/** The {@code runs.image} of a Docker action: a Dockerfile in the action's folder, or an image to pull. */
public sealed interface DockerImage {

    Text source();

    /** {@code Dockerfile} or a path to one, relative to the action's folder; built before the action runs. */
    record Dockerfile(String path, Text source) implements DockerImage {
        public Dockerfile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /** {@code docker://alpine:3.19}: pulled from a registry; {@code reference} is the part after the scheme. */
    record Registry(String reference, Text source) implements DockerImage {
        public Registry {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(source, "source");
        }
    }

    String SCHEME = "docker://";

    static DockerImage of(Text image) {
        return image.value().startsWith(SCHEME)
                ? new Registry(image.value().substring(SCHEME.length()), image)
                : new Dockerfile(image.value(), image);
    }
}
