package dev.gantry.engine.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret shared with a forge's webhook: the key of the HMAC-SHA256 each delivery's body is signed with.
 * Never printed ({@link #toString()} hides it). Thread-safe.
 */
public final class WebhookSecret {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /** The secret as typed into the forge's webhook settings; it must not be empty. */
    public static WebhookSecret of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        return new WebhookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The lower-case hex HMAC-SHA256 of {@code body}, as the forges write it. */
    public String sign(byte[] body) {
        return HexFormat.of().formatHex(mac(body));
    }

    /**
     * Whether {@code hexDigest} (case ignored) is the HMAC-SHA256 of {@code body}. Compares in constant time
     * (as many steps whatever the first differing byte), so timing reveals nothing of the expected signature.
     */
    public boolean verifies(String hexDigest, byte[] body) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexDigest.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), given);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
