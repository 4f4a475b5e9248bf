package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/** What a step does: run a script, or use an action. */
public sealed interface StepAction {

    Span span();

    record Run(Template<String> script, Optional<Template<String>> shell, Optional<Template<String>> workingDirectory,
               Span span) implements StepAction {}

    record Uses(ActionRef action, EnvMap with, Span span) implements StepAction {}
}
