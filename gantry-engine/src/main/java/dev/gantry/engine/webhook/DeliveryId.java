package dev.gantry.engine.webhook;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id a forge gives one delivery ({@code X-GitHub-Delivery}, {@code X-Gitea-Delivery}…): the de-duplication
 * key. A forge re-sends a delivery with the same id ("redeliver"), so a second delivery with a known id is a
 * duplicate. Ids are only unique per forge, hence the forge in {@link #key()}.
 *
 * @param forge the forge that sent it
 * @param value the id as sent, e.g. a GUID
 */
public record DeliveryId(Forge forge, String value) {

    /** Longest id accepted; GitHub's and Gitea's are 36-character GUIDs. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]+");

    public DeliveryId {
        Objects.requireNonNull(forge, "forge");
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid delivery id \"%s\"".formatted(value));
        }
    }

    /** Whether {@code value} can be an id: 1 to {@value #MAX_LENGTH} letters, digits and {@code . _ : -}. */
    public static boolean isValid(String value) {
        return value.length() <= MAX_LENGTH && SAFE.matcher(value).matches();
    }

    /** The key to store and compare, e.g. {@code github:72d3162e-cc78-11e3-81ab-4c9367dc0958}. */
    public String key() {
        return forge.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
    }
}
