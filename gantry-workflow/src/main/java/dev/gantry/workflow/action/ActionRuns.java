package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code runs} section: how the action runs, one record per {@code using} kind. */
public sealed interface ActionRuns {

    Span span();

    /** The condition of a pre or post phase when the file gives none. */
    String DEFAULT_PHASE_CONDITION = "always()";

    /**
     * {@code using: node12|node16|node20|node24}: a JavaScript entry point with optional pre and post scripts.
     *
     * @param preIf  when the pre script runs; {@value #DEFAULT_PHASE_CONDITION} when not given
     * @param postIf when the post script runs; {@value #DEFAULT_PHASE_CONDITION} when not given
     */
    record Node(NodeVersion version, Text main, Optional<Text> pre, Template<Boolean> preIf, Optional<Text> post,
                Template<Boolean> postIf, Span span) implements ActionRuns {
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

    /**
     * {@code using: docker}: a container, with entry points for the main, pre and post phases.
     *
     * @param env        may use only the {@code inputs} context
     * @param args       may use only the {@code inputs} context
     * @param entrypoint as written: GitHub does not evaluate entry points
     */
    record Docker(DockerImage image, EnvMap env, List<Template<String>> args, Optional<Text> entrypoint,
                  Optional<Text> preEntrypoint, Template<Boolean> preIf, Optional<Text> postEntrypoint,
                  Template<Boolean> postIf, Span span) implements ActionRuns {
        public Docker {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(env, "env");
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
