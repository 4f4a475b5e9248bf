package dev.gantry.runner.log;

import dev.gantry.engine.exec.Annotation;
import java.util.Objects;
import java.util.Optional;

/**
 * What the log pipeline delivers to its sinks for one step. Every text meant to be shown is masked by the time
 * a sink sees it; {@link Output} and {@link State} carry the raw values a step set, which are data for the
 * {@code steps} context and post steps, not log text — whoever prints them must mask them first.
 */
public sealed interface LogEvent {

    /** A line of output (or a fragment of a very long one). */
    record Text(String line) implements LogEvent {
        public Text {
            Objects.requireNonNull(line, "line");
        }
    }

    /** {@code ::group::title}: the start of a collapsible section. */
    record GroupStart(String title) implements LogEvent {
        public GroupStart {
            Objects.requireNonNull(title, "title");
        }
    }

    /** {@code ::endgroup::}. */
    record GroupEnd() implements LogEvent {}

    /** {@code ::debug::message}, delivered only when step debug logging is on. */
    record Debug(String message) implements LogEvent {
        public Debug {
            Objects.requireNonNull(message, "message");
        }
    }

    /** An error, warning or notice: from {@code ::error} and friends, or a warning of the runner itself. */
    record Annotated(Annotation annotation) implements LogEvent {
        public Annotated {
            Objects.requireNonNull(annotation, "annotation");
        }
    }

    /** {@code ::set-output name=…::value} (deprecated): a step output. The value is raw, not masked. */
    record Output(String name, String value) implements LogEvent {
        public Output {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code ::save-state name=…::value} (deprecated): state for the step's post action. Raw, not masked. */
    record State(String name, String value) implements LogEvent {
        public State {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A workflow command could not be carried out (a disabled command, a missing property, a bad value). As on
     * GitHub, the step fails after it ends; the message says why and is also shown.
     */
    record CommandFailed(String message) implements LogEvent {
        public CommandFailed {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The line a plain-text log shows for this event, in GitHub's raw log notation ({@code ##[group]…},
     * {@code ##[error]…}); empty for events that are data, not text.
     */
    default Optional<String> rendered() {
        return switch (this) {
            case Text t -> Optional.of(t.line());
            case GroupStart g -> Optional.of("##[group]" + g.title());
            case GroupEnd g -> Optional.of("##[endgroup]");
            case Debug d -> Optional.of("##[debug]" + d.message());
            case Annotated a -> Optional.of("##[" + a.annotation().level().word() + "]" + a.annotation().message());
            case CommandFailed f -> Optional.of("##[error]" + f.message());
            case Output o -> Optional.empty();
            case State s -> Optional.empty();
        };
    }
}
