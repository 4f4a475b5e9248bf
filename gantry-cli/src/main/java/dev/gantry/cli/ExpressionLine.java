package dev.gantry.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One line of {@code gantry expr --jsonl}: {@code {"expr": "...", "contexts": {...}}} in, one JSON line out —
 * {@code {"result": {"kind": K, "value": V}}} or {@code {"err": {"kind": "lexing|parsing|evaluation", "value": M}}}.
 * A line that is not such an object gets {@code {"err": {"kind": "input", "value": M}}}. Never throws.
 */
final class ExpressionLine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExpressionLine() {}

    static String evaluate(String line) {
        JsonNode input;
        try {
            input = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return error("input", "not a JSON object: " + e.getOriginalMessage());
        }
        if (input == null || !input.isObject() || !input.path("expr").isTextual()) {
            return error("input", "expected a JSON object with a string \"expr\" and an optional object \"contexts\"");
        }
        JsonNode contextsNode = input.path("contexts");
        if (!contextsNode.isMissingNode() && !contextsNode.isNull() && !contextsNode.isObject()) {
            return error("input", "\"contexts\" must be an object");
        }
        Map<String, Value> contexts = new LinkedHashMap<>();
        contextsNode.fields().forEachRemaining(e -> contexts.put(e.getKey(), ValueJson.fromJson(e.getValue())));
        return evaluate(input.get("expr").asText(), contexts);
    }

    /** Evaluates {@code expr} with {@code contexts} as its only named values and GitHub's built-in functions. */
    static String evaluate(String expr, Map<String, Value> contexts) {
        try {
            Value value = Evaluator.evaluate(ExpressionParser.parse(expr, contexts.keySet(), Set.of()),
                    EvaluationContext.of(contexts));
            return "{\"result\":{\"kind\":\"" + value.kindName() + "\",\"value\":" + ValueJson.render(value) + "}}";
        } catch (ExpressionException e) {
            return error(e.phase().name().toLowerCase(Locale.ROOT), e.getMessage());
        } catch (StackOverflowError e) {
            return error("evaluation", "the expression is nested too deeply to evaluate");
        }
    }

    private static String error(String kind, String message) {
        ObjectNode err = JsonNodeFactory.instance.objectNode();
        err.putObject("err").put("kind", kind).put("value", message);
        return err.toString();
    }
}
