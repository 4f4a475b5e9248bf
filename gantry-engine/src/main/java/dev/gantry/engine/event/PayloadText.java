package dev.gantry.engine.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import java.util.Objects;

/** Reads the text of an event payload file ({@code -e event.json}). Thread-safe. */
public final class PayloadText {

    /** Deeper payloads are rejected: real ones nest a handful of levels. */
    static final int MAX_DEPTH = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    private PayloadText() {}

    /** The outcome of reading: a payload object, or a message naming the file, line and column. */
    public sealed interface Result {
        record Ok(Value.Obj payload) implements Result {}

        record Invalid(String message) implements Result {}
    }

    /**
     * Parses {@code text}, the content of {@code file} (used only in messages). The top level must be a JSON
     * object; an empty or blank file is an empty payload. Never throws.
     */
    public static Result parse(String file, String text) {
        Objects.requireNonNull(file, "file");
        if (text.isBlank()) {
            return new Result.Ok(new Value.Obj(java.util.Map.of()));
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return new Result.Invalid("%s: an event payload must be a JSON object, not %s"
                        .formatted(file, node == null ? "nothing"
                                : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
            return new Result.Ok((Value.Obj) ValueJson.fromJson(node));
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String position = where == null ? "" : ":%d:%d".formatted(where.getLineNr(), where.getColumnNr());
            return new Result.Invalid("%s%s: invalid JSON: %s".formatted(file, position, e.getOriginalMessage()));
        }
    }
}
