package dev.gantry.runner.log;

import dev.gantry.engine.exec.Annotation;
import java.util.Objects;

/**
 * A workflow command a step printed ({@code ::name key=value,…::data}), parsed and unescaped by
 * {@link WorkflowCommandParser}. One record per command GitHub's runner honours.
 */
public sealed interface WorkflowCommand {

    /** {@code ::add-mask::value}. */
    record AddMask(String value) implements WorkflowCommand {
        public AddMask {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code ::group::title}. */
    record Group(String title) implements WorkflowCommand {
        public Group {
            Objects.requireNonNull(title, "title");
        }
    }

    /** {@code ::endgroup::}. */
    record EndGroup() implements WorkflowCommand {}

    /** {@code ::error|warning|notice file=,line=,endLine=,col=,endColumn=,title=::message}. */
    record Annotate(Annotation annotation) implements WorkflowCommand {
        public Annotate {
            Objects.requireNonNull(annotation, "annotation");
        }
    }

    /** {@code ::debug::message}. */
    record Debug(String message) implements WorkflowCommand {
        public Debug {
            Objects.requireNonNull(message, "message");
        }
    }

    /** {@code ::stop-commands::token}: commands are ignored until a line {@code ::token::}. */
    record StopCommands(String token) implements WorkflowCommand {
        public StopCommands {
            Objects.requireNonNull(token, "token");
        }
    }

    /** {@code ::echo::on} or {@code ::echo::off}: whether command lines are shown in the log. */
    record Echo(boolean on) implements WorkflowCommand {}

    /** {@code ::set-output name=x::value}, deprecated in favour of {@code GITHUB_OUTPUT}. */
    record SetOutput(String name, String value) implements WorkflowCommand {
        public SetOutput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code ::save-state name=x::value}, deprecated in favour of {@code GITHUB_STATE}. */
    record SaveState(String name, String value) implements WorkflowCommand {
        public SaveState {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A known command that cannot be carried out: {@code set-env} and {@code add-path} (disabled by GitHub for
     * security), or a known command with a missing or invalid property. The step fails, as on GitHub.
     */
    record Rejected(String command, String reason) implements WorkflowCommand {
        public Rejected {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
