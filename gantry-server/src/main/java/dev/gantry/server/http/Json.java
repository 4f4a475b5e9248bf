package dev.gantry.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** JSON in and out of the API: one shared mapper (thread-safe once configured), GitHub's timestamp format. */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** Writes {@code body} (maps, lists, strings, numbers, null) as the response with {@code status}. */
    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    /** The request body as a JSON object; a 400 refusal when it is empty, malformed or not an object. */
    public static JsonNode object(Context ctx) {
        String body = ctx.body();
        JsonNode node;
        try {
            node = body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiRefusal.badRequest("The request body is not valid JSON: " + e.getOriginalMessage() + ".");
        }
        if (node == null || !node.isObject()) {
            throw ApiRefusal.badRequest("The request body must be a JSON object.");
        }
        return node;
    }

    /** An instant as GitHub writes it: {@code 2020-01-22T19:33:08Z}. */
    public static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** An optional instant, or JSON null. */
    public static String time(Optional<Instant> instant) {
        return instant.map(Json::time).orElse(null);
    }
}
