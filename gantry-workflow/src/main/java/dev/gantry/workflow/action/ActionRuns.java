package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code runs} section: how the action runs, one record per {@code using} kind. */
public sealed interface ActionRuns {

    Span span();

    /** {@code using: node12|node16|node20|node24}: a JavaScript entry point with optional pre and post scripts. */
    record Node(NodeVersion version, Text main, Optional<Text> pre, Optional<Text> preIf, Optional<Text> post,
                Optional<Text> postIf, Span span) implements ActionRuns {
        public Node {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(main, "main");
            Objects.requireNonNull(pre, "pre");
            Objects.requireNonNull(preIf, "preIf");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(postIf, "postIf");
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code using: docker}: a container, with entry points for the main, pre and post phases. */
    record Docker(DockerImage image, List<NamedText> env, List<Text> args, Optional<Text> entrypoint,
                  Optional<Text> preEntrypoint, Optional<Text> preIf, Optional<Text> postEntrypoint,
                  Optional<Text> postIf, Span span) implements ActionRuns {
        public Docker {
            Objects.requireNonNull(image, "image");
            env = List.copyOf(env);
            args = List.copyOf(args);
            Objects.requireNonNull(entrypoint, "entrypoint");
            Objects.requireNonNull(preEntrypoint, "preEntrypoint");
            Objects.requireNonNull(preIf, "preIf");
            Objects.requireNonNull(postEntrypoint, "postEntrypoint");
            Objects.requireNonNull(postIf, "postIf");
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code using: composite}: a list of steps run in the calling job. */
    record Composite(List<CompositeStep> steps, Span span) implements ActionRuns {
        public Composite {
            steps = List.copyOf(steps);
            Objects.requireNonNull(span, "span");
        }
    }
}
