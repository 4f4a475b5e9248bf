package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
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

    CompositeStepReader(Diagnostics out) {
        this.out = out;
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
            Fields.of(sequence.items().get(i), where, KEYS, out)
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
        Optional<Text> run = fields.text("run");
        Optional<Text> uses = fields.text("uses");
        CompositeStep.Kind kind;
        if (fields.has("run") && fields.has("uses")) {
            out.error(Fields.SYNTAX, fields.keySpan("uses"), "%s has both \"run\" and \"uses\"; a step does one",
                    where);
            return Optional.empty();
        } else if (run.isPresent()) {
            Optional<Text> shell = fields.text("shell");
            if (shell.isEmpty()) {
                out.error(Fields.ACTION, fields.keySpan("run"), "\"shell\" is required for a \"run\" step in a "
                        + "composite action (%s)", where);
            }
            notUsedBy(fields, "with", "a \"run\" step");
            kind = new CompositeStep.Kind.Run(run.get(), shell.orElseGet(() -> new Text("", fields.span())),
                    fields.text("working-directory"));
        } else if (uses.isPresent()) {
            notUsedBy(fields, "shell", "a \"uses\" step");
            notUsedBy(fields, "working-directory", "a \"uses\" step");
            kind = new CompositeStep.Kind.Uses(uses.get(), fields.namedTexts("with"));
        } else {
            out.error(Fields.SYNTAX, fields.span(), "%s needs either \"run\" or \"uses\"", where);
            return Optional.empty();
        }
        return Optional.of(new CompositeStep(fields.text("id"), fields.text("if"), fields.text("name"), kind,
                fields.namedTexts("env"), fields.text("continue-on-error"), fields.span()));
    }

    private void notUsedBy(Fields fields, String key, String what) {
        if (fields.has(key)) {
            out.warning(Fields.ACTION, fields.keySpan(key), "\"%s\" is not used by %s and is ignored", key, what);
        }
    }
}
