package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.ActionRef;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the steps of one job: checks step ids (format, uniqueness ignoring case) and {@code uses} syntax, and
 * generates ids for steps without one as GitHub does ({@code __run}, {@code __actions_checkout_2}).
 */
final class StepBuilder {

    private final Fields fields;
    private final Diagnostics diagnostics;

    StepBuilder(Fields fields, Diagnostics diagnostics) {
        this.fields = fields;
        this.diagnostics = diagnostics;
    }

    List<Step> build(Optional<YamlNode> stepsNode) {
        if (stepsNode.isEmpty() || !(stepsNode.get() instanceof YamlNode.Sequence seq)) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        List<YamlNode.Mapping> mappings = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Mapping m) {
                mappings.add(m);
                Fields.scalar(m.get("id")).filter(s -> !s.isNull() && !s.value().isEmpty()).ifPresent(id -> {
                    boolean valid = IdRules.check(id.value(), Span.at(id.span().start()), diagnostics);
                    if (!used.add(id.value().toLowerCase(Locale.ROOT)) && valid) {
                        diagnostics.error(IdRules.RULE, Span.at(id.span().start()), "The identifier '%s' may not be"
                                + " used more than once within the same scope.", id.value());
                    }
                });
            }
        }
        List<Step> steps = new ArrayList<>();
        for (YamlNode.Mapping m : mappings) {
            steps.add(step(m, used));
        }
        return steps;
    }

    private Step step(YamlNode.Mapping m, Set<String> used) {
        StepAction action = action(m);
        Optional<YamlNode.Scalar> idNode = Fields.scalar(m.get("id")).filter(s -> !s.isNull() && !s.value().isEmpty());
        Named id;
        if (idNode.isPresent()) {
            id = new Named(idNode.get().value(), idNode.get().span());
        } else {
            id = new Named(generateId(action, used), m.span());
        }
        return new Step(id, idNode.isEmpty(), fields.string(m.get("name")), fields.condition(m.get("if")), action,
                fields.env(m.get("env")), fields.bool(m.get("continue-on-error"), false),
                fields.number(m.get("timeout-minutes")), m.span());
    }

    private StepAction action(YamlNode.Mapping m) {
        Optional<YamlNode.Scalar> uses = Fields.scalar(m.get("uses")).filter(s -> !s.isNull());
        if (m.get("run").isPresent() || uses.isEmpty()) {
            return new StepAction.Run(fields.string(m.get("run"), "", m.span()), fields.string(m.get("shell")),
                    fields.string(m.get("working-directory")), m.span());
        }
        YamlNode.Scalar usesNode = uses.get();
        Optional<ActionRef> ref = ActionRefParser.parse(usesNode.value());
        if (ref.isEmpty()) {
            diagnostics.error("action", Span.at(usesNode.span().start()),
                    "Expected format {org}/{repo}[/path]@ref. Actual '%s'", usesNode.value());
        }
        return new StepAction.Uses(ref.orElse(new ActionRef.Local(usesNode.value(), usesNode.value())),
                fields.env(m.get("with")), usesNode.span());
    }

    private static String generateId(StepAction action, Set<String> used) {
        String base = switch (action) {
            case StepAction.Run r -> "__run";
            case StepAction.Uses u -> ActionRefParser.generatedId(u.action());
        };
        String id = base;
        for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        return id;
    }
}
