package dev.gantry.workflow.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code toJSON(value)} (pretty-printed as GitHub does) and {@code fromJSON(text)} (strict JSON via Jackson). */
final class JsonFunctions {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFunctions() {}

    static Value toJson(Arguments args) throws ExpressionException {
        String json = ValueJson.pretty(args.get(0));
        MemoryBudget.checkString(json.length());
        return new Value.Str(json);
    }

    static Value fromJson(Arguments args) throws ExpressionException {
        String text = Coercion.toStr(args.get(0));
        if (NumberText.trim(text).isEmpty()) {
            throw ExpressionException.evaluation("Error parsing fromJson: empty input");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return ValueJson.fromJson(node);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
            throw ExpressionException.evaluation("Error parsing fromJson: " + detail.lines().findFirst().orElse(""));
        }
    }
}
