package dev.gantry.server.git;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The password of an {@code Authorization: Basic …} header, which is what the git command sends for
 * {@code http://USER:PASSWORD@HOST/…} or from its stored credentials. The user name is ignored: the password is an
 * API token. Any other scheme, malformed base64 or a missing colon gives no password.
 */
final class BasicAuth {

    private BasicAuth() {
    }

    static Optional<String> password(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("basic")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 || colon == decoded.length() - 1 ? Optional.empty() : Optional.of(decoded.substring(colon + 1));
    }
}
