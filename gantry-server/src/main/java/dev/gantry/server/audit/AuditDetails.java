package dev.gantry.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.Optional;

/**
 * The details of a record as stored: a JSON object with its keys sorted and no spaces, so the same details always
 * give the same bytes (and the same hash). Values are strings, numbers, booleans, lists or maps of them. Callers
 * put names, ids and refs here — never a secret's value.
 */
public final class AuditDetails {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private AuditDetails() {
    }

    /** {@code details} as canonical JSON text. */
    public static String canonical(Map<String, ?> details) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain JSON values: " + e.getOriginalMessage(), e);
        }
    }

    /** Stored details read back as a JSON object; empty when the text is not one (the record was altered). */
    public static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
