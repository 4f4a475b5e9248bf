package dev.gantry.engine.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request a forge sent to the webhook endpoint, as received: its headers (names compared without regard
 * to case, as HTTP does) and the raw body bytes, which the signature covers. Immutable.
 */
public final class WebhookDelivery {

    private final Map<String, String> headers;
    private final byte[] body;

    private WebhookDelivery(Map<String, String> headers, byte[] body) {
        this.headers = headers;
        this.body = body;
    }

    /** A delivery with {@code headers} (one value per name; the server joins repeated ones) and {@code body}. */
    public static WebhookDelivery of(Map<String, String> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "header name"),
                Objects.requireNonNull(value, "header value")));
        return new WebhookDelivery(copy, body.clone());
    }

    /** The header {@code name}, stripped; empty when absent or blank. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The media type of the body, lower case without parameters; empty when the request names none. */
    public Optional<String> mediaType() {
        return header("Content-Type").map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** A copy of the raw body. */
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    byte[] bodyUnsafe() {
        return body;
    }

    @Override
    public String toString() {
        return "WebhookDelivery[%s, %d bytes]".formatted(headers.keySet(), body.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookDelivery d && headers.equals(d.headers) && Arrays.equals(body, d.body);
    }

    @Override
    public int hashCode() {
        return 31 * headers.hashCode() + Arrays.hashCode(body);
    }
}
