package dev.gantry.server.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.api.ApiJson;
import dev.gantry.server.http.ApiRefusal;
import io.javalin.http.Context;
import java.io.IOException;

/** The agent protocol's JSON on the server side: the wire records of {@code gantry-api}, in snake case. */
final class AgentJson {

    private AgentJson() {}

    /** The request body as a {@code type}; a 400 refusal naming what is wrong when it is not one. */
    static <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiRefusal.badRequest("The request body must be a JSON object.");
        }
        try {
            T value = ApiJson.mapper().readValue(body, type);
            if (value == null) {
                throw ApiRefusal.badRequest("The request body must be a JSON object.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiRefusal.badRequest("The request body is not a valid " + type.getSimpleName() + ": "
                    + firstLine(e.getOriginalMessage()) + ".");
        } catch (IOException | RuntimeException e) {
            throw ApiRefusal.badRequest("The request body is not a valid " + type.getSimpleName() + ".");
        }
    }

    /** Writes {@code body} as the response with {@code status}. */
    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(ApiJson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "malformed" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
