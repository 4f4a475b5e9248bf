package dev.gantry.engine.webhook;

import dev.gantry.engine.event.PayloadText;
import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signed test deliveries built from the real payloads under {@code conformance/webhooks/} on the class path. */
final class Deliveries {

    static final WebhookSecret SECRET = WebhookSecret.of("It's a Secret to Everybody");

    private static final String ROOT = "/conformance/webhooks/";

    private Deliveries() {}

    /** The raw bytes of {@code api.github.com/<path>}. */
    static byte[] payload(String path) {
        return resource("api.github.com/" + path);
    }

    /** A GitHub delivery of {@code event} with {@code body}, signed with {@link #SECRET}; its id derives from the body. */
    static WebhookDelivery github(String event, byte[] body) {
        return github(event, UUID.nameUUIDFromBytes(body).toString(), body);
    }

    static WebhookDelivery github(String event, String id, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", id);
        headers.put("X-Hub-Signature-256", "sha256=" + SECRET.sign(body));
        headers.put("Content-Type", "application/json");
        return WebhookDelivery.of(headers, body);
    }

    /** A Gitea ({@code prefix} "Gitea") or Forgejo ("Forgejo") delivery, signed as they sign: hex, no prefix. */
    static WebhookDelivery gitea(String prefix, String event, String id, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", id);
        headers.put("X-" + prefix + "-Event", event);
        headers.put("X-" + prefix + "-Delivery", id);
        headers.put("X-" + prefix + "-Signature", SECRET.sign(body));
        headers.put("Content-Type", "application/json");
        return WebhookDelivery.of(headers, body);
    }

    /** The payload {@code api.github.com/<path>} as a value. */
    static Value.Obj parsed(String path) {
        return switch (PayloadText.parse(path, new String(payload(path), StandardCharsets.UTF_8))) {
            case PayloadText.Result.Ok ok -> ok.payload();
            case PayloadText.Result.Invalid bad -> throw new IllegalStateException(bad.message());
        };
    }

    /** The rows of {@code INDEX.tsv}, by column name. */
    static List<Map<String, String>> index() {
        String[] lines = new String(resource("INDEX.tsv"), StandardCharsets.UTF_8).split("\n");
        String[] columns = lines[0].split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.length; c++) {
                row.put(columns[c].strip(), c < cells.length ? cells[c].strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The deliberately ignored payloads and why, from {@code conformance/known-failures/webhooks.tsv}. */
    static Map<String, String> knownExclusions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(absolute("/conformance/known-failures/webhooks.tsv"), StandardCharsets.UTF_8)
                .split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            out.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "");
        }
        return out;
    }

    private static byte[] resource(String path) {
        return absolute(ROOT + path);
    }

    private static byte[] absolute(String path) {
        try (InputStream in = Deliveries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
