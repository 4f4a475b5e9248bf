package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code runs.steps} of a composite action: each step runs a script with a shell, or uses an action. */
final class CompositeStepReader {

    private static final Set<String> KEYS = Set.of("id", "if", "name", "env", "with", "working-directory",
            "continue-on-error", "run", "shell", "uses");
    /** More steps than this are rejected: a guard against pathological files. */
    static final int MAX_STEPS = 1000;

    private final Diagnostics out;
    private final TemplateChecker expressions;

    CompositeStepReader(Diagnostics out, TemplateChecker expressions) {
        this.out = out;
        this.expressions = expressions;
    }

    List<CompositeStep> read(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            out.error(Fields.SYNTAX, node.span(), "\"steps\" in \"runs\" section must be a sequence, but found %s",
                    node.kind());
            return List.of();
        }
        if (sequence.items().size() > MAX_STEPS) {
            out.error(Fields.SYNTAX, sequence.span(), "a composite action may have at most %d steps", MAX_STEPS);
            return List.of();
        }
        List<CompositeStep> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            String where = "step %d of the composite action".formatted(i + 1);
            Fields.of(sequence.items().get(i), where, KEYS, out, expressions)
                    .flatMap(fields -> step(fields, where))
                    .ifPresent(step -> {
                        step.id().filter(id -> !ids.add(id.value())).ifPresent(id -> out.error(Fields.SYNTAX,
                                id.span(), "step id \"%s\" is used by more than one step", id));
                        steps.add(step);
                    });
        }
        return steps;
    }

    private Optional<CompositeStep> step(Fields fields, String where) {
        CompositeStep.Kind kind;
        if (fields.has("run") && fields.has("uses")) {
            out.error(Fields.SYNTAX, fields.keySpan("uses"), "%s has both \"run\" and \"uses\"; a step does one",
                    where);
            return Optional.empty();
        } else if (fields.has("run")) {
            Optional<Template<String>> run = fields.template("run", ActionContexts.STEP);
            Optional<Template<String>> shell = fields.template("shell", ActionContexts.STEP);
            if (run.isEmpty()) {
                out.error(Fields.ACTION, fields.keySpan("run"), "\"run\" in %s must not be empty", where);
            }
            if (shell.isEmpty()) {
                out.error(Fields.ACTION, fields.keySpan("run"), "\"shell\" is required for a \"run\" step in a "
                        + "composite action (%s)", where);
            }
            notUsedBy(fields, "with", "a \"run\" step");
            kind = new CompositeStep.Kind.Run(run.orElseGet(() -> Template.literal("", fields.keySpan("run"))),
                    shell.orElseGet(() -> Template.literal("", fields.span())),
                    fields.template("working-directory", ActionContexts.STEP));
        } else if (fields.has("uses")) {
            Text uses = fields.requiredText("uses");
            notUsedBy(fields, "shell", "a \"uses\" step");
            notUsedBy(fields, "working-directory", "a \"uses\" step");
            kind = new CompositeStep.Kind.Uses(uses, fields.env("with", ActionContexts.STEP));
        } else {
            out.error(Fields.SYNTAX, fields.span(), "%s needs either \"run\" or \"uses\"", where);
            return Optional.empty();
        }
        return Optional.of(new CompositeStep(fields.text("id"),
                fields.condition("if", ActionContexts.STEP_IF, CompositeStep.DEFAULT_CONDITION),
                fields.template("name", ActionContexts.STEP), kind, fields.env("env", ActionContexts.STEP),
                fields.flag("continue-on-error", false, ActionContexts.STEP), fields.span()));
    }

    private void notUsedBy(Fields fields, String key, String what) {
        if (fields.has(key)) {
            out.warning(Fields.ACTION, fields.keySpan(key), "\"%s\" is not used by %s and is ignored", key, what);
        }
    }
}
