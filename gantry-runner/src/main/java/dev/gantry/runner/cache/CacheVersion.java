package dev.gantry.runner.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The version half of a cache entry's identity, computed as {@code @actions/cache} does: the SHA-256 (hex) of the
 * {@code path} input's lines as written, then the compression method, then a salt, joined with {@code |}. Two
 * steps with the same key but different paths or compression therefore never share an entry. (GitHub also adds
 * {@code windows-only} on Windows unless {@code enableCrossOsArchive}; this runner runs on Linux only.)
 */
public final class CacheVersion {

    /** The compression this store writes. */
    public static final String COMPRESSION = "gzip";

    private static final String SALT = "1.0";

    private CacheVersion() {}

    /** The version of an entry whose {@code path} input has these lines (blank lines already removed). */
    public static String of(List<String> pathLines) {
        List<String> components = new ArrayList<>(pathLines);
        components.add(COMPRESSION);
        components.add(SALT);
        return sha256(String.join("|", components));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
