package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a composite action. Conditions and values stay unevaluated {@link Template}s; their expressions may
 * use {@code github}, {@code inputs}, {@code strategy}, {@code matrix}, {@code steps}, {@code job}, {@code runner},
 * {@code env} and {@code hashFiles}, and the condition also the status functions.
 *
 * @param condition       the {@code if}; {@value #DEFAULT_CONDITION} when not given
 * @param continueOnError a boolean or an expression; {@code false} when not given
 */
public record CompositeStep(Optional<Text> id, Template<Boolean> condition, Optional<Template<String>> name, Kind kind,
                            EnvMap env, Template<Boolean> continueOnError, Span span) {

    /** The condition of a step that gives none. */
    public static final String DEFAULT_CONDITION = "success()";

    public CompositeStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(continueOnError, "continueOnError");
        Objects.requireNonNull(span, "span");
    }

    /** What the step does. */
    public sealed interface Kind {

        /** A script; in a composite action {@code shell} is required. */
        record Run(Template<String> script, Template<String> shell, Optional<Template<String>> workingDirectory)
                implements Kind {
            public Run {
                Objects.requireNonNull(script, "script");
                Objects.requireNonNull(shell, "shell");
                Objects.requireNonNull(workingDirectory, "workingDirectory");
            }
        }

        /** Another action ({@code actions/checkout@v4}, {@code ./local}, {@code docker://…}) with its inputs. */
        record Uses(Text action, EnvMap with) implements Kind {
            public Uses {
                Objects.requireNonNull(action, "action");
                Objects.requireNonNull(with, "with");
            }
        }
    }
}
