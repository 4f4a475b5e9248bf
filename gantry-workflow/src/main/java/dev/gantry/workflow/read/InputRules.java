package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.yaml.ScalarType;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the input definitions of {@code workflow_dispatch} and {@code workflow_call} beyond their shape (rule
 * {@value TriggerRules#EVENTS}). Errors where GitHub rejects the workflow: more than {@value #MAX_DISPATCH_INPUTS}
 * dispatch inputs, a {@code choice} without {@code options}, {@code options} on another type, a dispatch boolean
 * default that is not true or false. Warnings for what GitHub accepts but never uses as written: a number default
 * that is not a number, a choice default outside its options, a call input's boolean default that is not a
 * boolean, a default on a required call input.
 */
final class InputRules {

    /** GitHub's limit on the number of inputs of one {@code workflow_dispatch} event. */
    static final int MAX_DISPATCH_INPUTS = 25;

    private final Diagnostics diagnostics;

    InputRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** {@code eventKey} is where the {@code workflow_dispatch} key is, {@code inputs} the mapping of its inputs. */
    void checkDispatch(Span eventKey, YamlNode.Mapping inputs) {
        if (inputs.entries().size() > MAX_DISPATCH_INPUTS) {
            diagnostics.error(TriggerRules.EVENTS, Span.at(eventKey.start()), "workflow_dispatch may define at most %d inputs,"
                    + " but %d are defined", MAX_DISPATCH_INPUTS, inputs.entries().size());
        }
        for (YamlNode.Entry input : inputs.entries()) {
            if (!(input.value() instanceof YamlNode.Mapping definition)) {
                continue;
            }
            String name = input.keyText().orElse("");
            String type = text(definition.get("type")).orElse("string");
            Optional<YamlNode> options = definition.get("options");
            List<String> choices = Fields.names(options).stream().map(n -> n.name()).toList();
            if (type.equals("choice") && choices.isEmpty()) {
                diagnostics.error(TriggerRules.EVENTS, start(input.key()), "Missing 'options' for choice input");
            } else if (!type.equals("choice") && options.isPresent()) {
                diagnostics.error(TriggerRules.EVENTS, start(key(definition, "options")),
                        "Input type is not 'choice', but 'options' is defined");
            }
            literalDefault(definition).ifPresent(dflt -> {
                checkDefault(name, type, dflt, true);
                if (type.equals("choice") && !choices.isEmpty() && !choices.contains(Fields.coerce(dflt))) {
                    diagnostics.warning(TriggerRules.EVENTS, start(dflt), "The default '%s' of input '%s' is not one"
                            + " of its options", Fields.coerce(dflt), name);
                }
            });
        }
    }

    /** {@code inputs} is the mapping under {@code workflow_call.inputs}. */
    void checkCall(YamlNode.Mapping inputs) {
        for (YamlNode.Entry input : inputs.entries()) {
            if (!(input.value() instanceof YamlNode.Mapping definition)) {
                continue;
            }
            String name = input.keyText().orElse("");
            Optional<YamlNode.Scalar> dflt = literalDefault(definition);
            dflt.ifPresent(d -> checkDefault(name, text(definition.get("type")).orElse("string"), d, false));
            boolean required = Fields.scalar(definition.get("required")).map(YamlNode.Scalar::isTrue).orElse(false);
            if (required && definition.get("default").isPresent()) {
                diagnostics.warning(TriggerRules.EVENTS, start(definition.get("default").get()), "Input '%s' is"
                        + " required, so its default is never used", name);
            }
        }
    }

    /**
     * A default that does not fit its type: for a dispatch input ({@code strict}) GitHub rejects a boolean
     * default that is not true or false; a call input's default is only converted when the workflow is called.
     */
    private void checkDefault(String name, String type, YamlNode.Scalar dflt, boolean strict) {
        String value = Fields.coerce(dflt);
        switch (type) {
            case "boolean" -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (dflt.type() == ScalarType.BOOL || lower.equals("true") || lower.equals("false")) {
                    return;
                }
                if (strict) {
                    diagnostics.error(TriggerRules.EVENTS, start(dflt), "Unexpected type '%s' encountered while"
                            + " reading 'input default'. The type 'BooleanToken' was expected.", tokenName(dflt));
                } else {
                    diagnostics.warning(TriggerRules.EVENTS, start(dflt), "The default '%s' of boolean input '%s'"
                            + " is neither true nor false", value, name);
                }
            }
            case "number" -> {
                if (dflt.type() != ScalarType.INT && dflt.type() != ScalarType.FLOAT && !isNumber(value)) {
                    diagnostics.warning(TriggerRules.EVENTS, start(dflt), "The default '%s' of number input '%s' is"
                            + " not a number", value, name);
                }
            }
            default -> { }
        }
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value.strip());
            return !value.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A default written as plain text; one holding an expression is checked by the expression scanner. */
    private static Optional<YamlNode.Scalar> literalDefault(YamlNode.Mapping definition) {
        return Fields.scalar(definition.get("default")).filter(s -> !s.isNull() && !s.value().contains("${{"));
    }

    private static String tokenName(YamlNode.Scalar scalar) {
        return switch (scalar.type()) {
            case NULL -> "NullToken";
            case BOOL -> "BooleanToken";
            case INT, FLOAT -> "NumberToken";
            case STRING -> "StringToken";
        };
    }

    private static Optional<String> text(Optional<YamlNode> node) {
        return Fields.text(node);
    }

    private static YamlNode key(YamlNode.Mapping mapping, String name) {
        return mapping.entries().stream().filter(e -> e.keyText().filter(name::equals).isPresent())
                .map(YamlNode.Entry::key).findFirst().orElse(mapping);
    }

    private static Span start(YamlNode node) {
        return Span.at(node.span().start());
    }
}
