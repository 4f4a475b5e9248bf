package dev.gantry.server.http;

import java.util.Locale;
import java.util.Optional;

/**
 * The token of an {@code Authorization} header: {@code Bearer TOKEN}, or {@code token TOKEN} as GitHub also
 * accepts. Any other form, or no header, gives no token.
 */
final class BearerToken {

    private BearerToken() {
    }

    static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            return Optional.empty();
        }
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        return scheme.equals("bearer") || scheme.equals("token") ? Optional.of(parts[1].trim()) : Optional.empty();
    }
}
