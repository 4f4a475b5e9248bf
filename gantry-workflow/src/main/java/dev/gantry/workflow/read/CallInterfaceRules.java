package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Severity;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.CallSecret;
import dev.gantry.workflow.model.Input;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.yaml.ScalarType;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a call's {@code with} and {@code secrets} against the {@code workflow_call} of the called workflow, as
 * GitHub does when it reads the caller (names compare ignoring case): every key given must be declared, every
 * required input and secret given, and a literal value must have its input's type (a string input takes any
 * scalar; a boolean one a YAML boolean; a number one a YAML number). Values holding an expression are converted
 * when the job runs, and {@code secrets: inherit} passes whatever the caller has, so neither is checked here.
 * Unknown keys and wrong values are reported at the value, missing ones at the {@code uses} value.
 */
final class CallInterfaceRules {

    private CallInterfaceRules() {}

    static void check(CallJob job, YamlNode node, Trigger.Call call, String reference, Diagnostics diagnostics) {
        Declared notes = new Declared(reference, diagnostics);
        Optional<YamlNode.Mapping> m = Fields.mapping(Optional.of(node));
        Span uses = Span.at(job.uses().span().start());
        Optional<YamlNode> with = m.flatMap(j -> j.get("with"));
        if (!holdsExpression(with)) {
            Map<String, Input> inputs = byLowerCase(call.inputs());
            Set<String> given = new HashSet<>();
            for (YamlNode.Entry e : Fields.mapping(with).map(YamlNode.Mapping::entries).orElse(List.of())) {
                Optional<String> name = e.keyText();
                if (name.isEmpty()) {
                    continue;
                }
                given.add(name.get().toLowerCase(Locale.ROOT));
                Input input = inputs.get(name.get().toLowerCase(Locale.ROOT));
                if (input == null) {
                    diagnostics.error(CallResolver.RULE, Span.at(e.value().span().start()),
                            "Invalid input, %s is not defined in the referenced workflow.", name.get());
                } else if (!fitsType(input.type(), e.value())) {
                    diagnostics.error(CallResolver.RULE, Span.at(e.value().span().start()), "Unexpected value '%s'",
                            e.value() instanceof YamlNode.Scalar s ? s.value() : "");
                    notes.note(input.span(), "input '%s' is declared here with type %s", input.id(), input.type());
                }
            }
            for (Input input : call.inputs().values()) {
                if (input.required() && !given.contains(input.id().toLowerCase(Locale.ROOT))) {
                    diagnostics.error(CallResolver.RULE, uses, "Input %s is required, but not provided while calling.",
                            input.id());
                    notes.note(input.span(), "required input '%s' is declared here", input.id());
                }
            }
        }
        Optional<YamlNode> secrets = m.flatMap(j -> j.get("secrets"));
        if (job.secretsInherit() || holdsExpression(secrets)) {
            return;
        }
        Map<String, CallSecret> declared = byLowerCase(call.secrets());
        Set<String> passed = new HashSet<>();
        for (YamlNode.Entry e : Fields.mapping(secrets).map(YamlNode.Mapping::entries).orElse(List.of())) {
            e.keyText().ifPresent(name -> {
                passed.add(name.toLowerCase(Locale.ROOT));
                if (!declared.containsKey(name.toLowerCase(Locale.ROOT))) {
                    diagnostics.error(CallResolver.RULE, Span.at(e.value().span().start()),
                            "Invalid secret, %s is not defined in the referenced workflow.", name);
                }
            });
        }
        for (CallSecret secret : call.secrets().values()) {
            if (secret.required() && !passed.contains(secret.id().toLowerCase(Locale.ROOT))) {
                diagnostics.error(CallResolver.RULE, uses, "Secret %s is required, but not provided while calling.",
                        secret.id());
                notes.note(secret.span(), "required secret '%s' is declared here", secret.id());
            }
        }
    }

    /**
     * Notes (severity info) in the called file, at the declaration a call does not fit, so that every problem of a
     * call names both files: the error at the call, the note at the declaration.
     */
    private record Declared(String reference, Diagnostics diagnostics) {
        void note(Span span, String format, Object... args) {
            diagnostics.add(new Diagnostic(Severity.INFO, CallResolver.RULE, format.formatted(args), span)
                    .inFile(reference));
        }
    }

    /** A literal value against its input's type; expressions and unknown types pass. */
    private static boolean fitsType(String type, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar s)) {
            return false;
        }
        if (s.value().contains("${{")) {
            return true;
        }
        return switch (type) {
            case "boolean" -> s.type() == ScalarType.BOOL;
            case "number" -> s.number().isPresent();
            default -> true;
        };
    }

    private static boolean holdsExpression(Optional<YamlNode> node) {
        return node.isPresent() && node.get() instanceof YamlNode.Scalar s && s.value().contains("${{");
    }

    private static <T> Map<String, T> byLowerCase(Map<String, T> byName) {
        Map<String, T> lower = new LinkedHashMap<>();
        byName.forEach((name, value) -> lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
        return lower;
    }
}
