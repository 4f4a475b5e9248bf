package dev.gantry.api.agent;

import java.util.Objects;

/** A one-time registration token as an admin receives it, with when it stops working (ISO-8601, UTC). */
public record RegistrationToken(String token, String expiresAt) {

    public RegistrationToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
