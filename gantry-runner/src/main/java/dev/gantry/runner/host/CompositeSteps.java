package dev.gantry.runner.host;

import dev.gantry.workflow.action.CompositeStep;
import dev.gantry.workflow.model.ActionRef;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.StepAction;
import dev.gantry.workflow.read.ActionRefParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a composite action as workflow steps, so that {@link StepRun} runs both alike: a step without an id
 * gets one as GitHub generates them ({@code __run}, {@code __actions_checkout}, then {@code _2}, {@code _3} …), a
 * {@code run} step keeps its required {@code shell}. Pure.
 */
final class CompositeSteps {

    private CompositeSteps() {}

    static List<Step> of(List<CompositeStep> steps) {
        Set<String> taken = new HashSet<>();
        steps.forEach(s -> s.id().ifPresent(id -> taken.add(id.value())));
        List<Step> out = new ArrayList<>();
        for (CompositeStep s : steps) {
            StepAction action = switch (s.kind()) {
                case CompositeStep.Kind.Run r -> new StepAction.Run(r.script(), Optional.of(r.shell()),
                        r.workingDirectory(), s.span());
                case CompositeStep.Kind.Uses u -> new StepAction.Uses(ActionRefParser.parse(u.action().value())
                        .orElse(new ActionRef.Local(u.action().value(), u.action().value())), u.with(), s.span());
            };
            Named id = s.id().map(i -> new Named(i.value(), i.span()))
                    .orElseGet(() -> new Named(generated(action, taken), s.span()));
            out.add(new Step(id, s.id().isEmpty(), s.name(), s.condition(), action, s.env(), s.continueOnError(),
                    Optional.empty(), s.span()));
        }
        return out;
    }

    private static String generated(StepAction action, Set<String> taken) {
        String base = switch (action) {
            case StepAction.Run r -> "__run";
            case StepAction.Uses u -> ActionRefParser.generatedId(u.action());
        };
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "_" + n;
        }
        taken.add(id);
        return id;
    }
}
