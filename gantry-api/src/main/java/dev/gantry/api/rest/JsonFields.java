package dev.gantry.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading the fields of a resource the server sent. A field that is required and missing (or of the wrong kind)
 * is an {@link IllegalArgumentException} naming it, which the client reports as an unreadable answer.
 */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw new IllegalArgumentException("the field \"" + field + "\" is missing");
        }
        return value.asText();
    }

    static Optional<String> optionalText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? Optional.empty() : Optional.of(value.asText());
    }

    static long number(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException("the field \"" + field + "\" is not a number");
        }
        return value.asLong();
    }

    static Instant time(JsonNode json, String field) {
        return optionalTime(json, field)
                .orElseThrow(() -> new IllegalArgumentException("the field \"" + field + "\" is missing"));
    }

    static Optional<Instant> optionalTime(JsonNode json, String field) {
        try {
            return optionalText(json, field).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the field \"" + field + "\" is not a time: " + e.getParsedString());
        }
    }

    /** The login of an object field such as {@code actor} or {@code owner}; empty when absent. */
    static String login(JsonNode json, String field) {
        return optionalText(json.path(field), "login").orElse("");
    }

    static List<String> texts(JsonNode json, String field) {
        List<String> values = new ArrayList<>();
        json.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    static JsonNode array(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("the field \"" + field + "\" is not a list");
        }
        return value;
    }
}
