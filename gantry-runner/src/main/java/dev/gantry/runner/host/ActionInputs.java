package dev.gantry.runner.host;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.workflow.action.ActionInput;
import dev.gantry.workflow.action.ActionMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs an action step passes, as GitHub computes them: each input the metadata declares takes the step's
 * {@code with:} value (ids compared ignoring case) or else its evaluated {@code default}; inputs the metadata does
 * not declare are passed on too, with GitHub's warning naming them and the valid ones; a deprecated input that is
 * given gets its deprecation message as a warning. GitHub does not enforce {@code required}: the action decides.
 */
final class ActionInputs {

    private ActionInputs() {}

    /** The inputs by the id the metadata declares (or as written, for undeclared ones), or the first error. */
    static Evaluated<Map<String, String>> resolve(ActionMetadata metadata, Map<String, String> with,
                                                  StepExpressions expressions, StepLog log) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        with.forEach((k, v) -> given.put(k.toLowerCase(Locale.ROOT), v));
        for (ActionInput input : metadata.inputs()) {
            String id = input.id().value();
            String value = given.remove(id.toLowerCase(Locale.ROOT));
            if (value != null) {
                input.deprecationMessage().ifPresent(m -> log.warning("Input '" + id + "' has been deprecated with"
                        + " message: " + m.value()));
                out.put(id, value);
            } else if (input.defaultValue().isPresent()) {
                Evaluated<String> defaulted = expressions.text("inputs." + id + ".default", input.defaultValue().get());
                if (defaulted instanceof Evaluated.Error<String> e) {
                    return new Evaluated.Error<>(e.message(), e.span());
                }
                out.put(id, ((Evaluated.Ok<String>) defaulted).value());
            }
        }
        if (!given.isEmpty()) {
            List<String> unexpected = new ArrayList<>();
            with.forEach((k, v) -> {
                if (given.containsKey(k.toLowerCase(Locale.ROOT))) {
                    unexpected.add(k);
                    out.put(k, v);
                }
            });
            log.warning("Unexpected input(s) '" + String.join("', '", unexpected) + "', valid inputs are "
                    + quoted(metadata.inputs().stream().map(i -> i.id().value()).toList()));
        }
        return Evaluated.ok(out);
    }

    /** The environment variable a JavaScript action reads an input from: {@code INPUT_} and the id upper-cased. */
    static String variable(String id) {
        return "INPUT_" + id.replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    private static String quoted(List<String> names) {
        return "['" + String.join("', '", names) + "']";
    }
}
