package dev.gantry.runner.host;

import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import dev.gantry.workflow.model.Template;

/**
 * The names a step is shown by: its {@code name} as written, else GitHub's default — {@code Run } and the first
 * non-blank line of the script, or {@code Run } and the action. An expression in the name is shown as written
 * until it is evaluated.
 */
final class StepNames {

    private StepNames() {}

    /** For messages before the step's fields are evaluated. */
    static String given(Step step) {
        return step.name().map(StepNames::written).orElseGet(() -> fallback(step));
    }

    /** GitHub's name for a step without {@code name}. */
    static String fallback(Step step) {
        return switch (step.action()) {
            case StepAction.Run run -> "Run " + firstLine(written(run.script()));
            case StepAction.Uses uses -> "Run " + uses.action().text();
        };
    }

    private static String written(Template<String> template) {
        return switch (template) {
            case Template.Literal<String> l -> l.value();
            case Template.Expression<String> e -> "${{ " + e.source() + " }}";
        };
    }

    static String firstLine(String script) {
        for (String line : script.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
