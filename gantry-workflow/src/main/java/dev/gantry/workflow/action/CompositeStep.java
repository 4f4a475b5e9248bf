package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a composite action. Conditions and values stay unevaluated text.
 *
 * @param condition       the {@code if}, as written; absent means {@code success()}
 * @param continueOnError the {@code continue-on-error}, as written (a boolean or an expression)
 */
public record CompositeStep(Optional<Text> id, Optional<Text> condition, Optional<Text> name, Kind kind,
                            List<NamedText> env, Optional<Text> continueOnError, Span span) {

    public CompositeStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        env = List.copyOf(env);
        Objects.requireNonNull(continueOnError, "continueOnError");
        Objects.requireNonNull(span, "span");
    }

    /** What the step does. */
    public sealed interface Kind {

        /** A script; in a composite action {@code shell} is required. */
        record Run(Text script, Text shell, Optional<Text> workingDirectory) implements Kind {
            public Run {
                Objects.requireNonNull(script, "script");
                Objects.requireNonNull(shell, "shell");
                Objects.requireNonNull(workingDirectory, "workingDirectory");
            }
        }

        /** Another action ({@code actions/checkout@v4}, {@code ./local}, {@code docker://…}) with its inputs. */
        record Uses(Text action, List<NamedText> with) implements Kind {
            public Uses {
                Objects.requireNonNull(action, "action");
                with = List.copyOf(with);
            }
        }
    }
}
