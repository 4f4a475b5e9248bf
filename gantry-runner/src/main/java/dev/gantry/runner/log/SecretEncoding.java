package dev.gantry.runner.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The transformed forms in which a secret can leak into a log, one entry per encoding. Each entry turns a
 * secret into the exact substrings that such output would contain; the {@link SecretMasker} masks all of them.
 *
 * <p>Base64 forms cover the three byte offsets at which the secret can start inside the encoded data (so
 * {@code base64("user:" + secret)} is caught) and keep only the characters that depend on the secret alone: the
 * partial characters at both edges, which mix in bits of neighbouring bytes, are trimmed, and padding is never
 * part of a form. Pure functions; thread-safe.
 */
enum SecretEncoding {

    PLAIN {
        @Override
        List<String> forms(String secret) {
            return List.of(secret);
        }
    },
    /** Standard and URL-safe alphabets, at byte offsets 0, 1 and 2. */
    BASE64 {
        @Override
        List<String> forms(String secret) {
            List<String> out = new ArrayList<>();
            for (String standard : base64AtOffsets(utf8(secret))) {
                out.add(standard);
                out.add(urlSafe(standard));
            }
            return out;
        }
    },
    /** {@code base64(base64(secret))}: the determined part of the inner encoding, encoded again at any offset. */
    DOUBLE_BASE64 {
        @Override
        List<String> forms(String secret) {
            String inner = base64At(utf8(secret), 0);
            return base64AtOffsets(utf8(inner));
        }
    },
    /**
     * Percent-encoding as URL components are written: only unreserved characters kept ({@code %20} or {@code +}
     * for space), as JavaScript's {@code encodeURIComponent} does, and as HTML forms (Java's URLEncoder) do.
     */
    URL {
        @Override
        List<String> forms(String secret) {
            return List.of(percent(secret, "-._~", false), percent(secret, "-._~", true),
                    percent(secret, "-_.!~*'()", false), percent(secret, "-_.*", true));
        }
    },
    /** Inside a JSON string as {@code toJSON} and {@code jq} write it (jq also escapes DEL). */
    JSON {
        @Override
        List<String> forms(String secret) {
            return List.of(json(secret, false), json(secret, true));
        }
    },
    /** The UTF-8 bytes in lower- and upper-case hexadecimal. */
    HEX {
        @Override
        List<String> forms(String secret) {
            String lower = HexFormat.of().formatHex(utf8(secret));
            return List.of(lower, lower.toUpperCase(java.util.Locale.ROOT));
        }
    };

    /** The substrings that this encoding of {@code secret} produces; may repeat or be shorter than the secret. */
    abstract List<String> forms(String secret);

    /** Every distinct form of {@code secret} under every encoding, the plain value first. */
    static Set<String> allForms(String secret) {
        Set<String> out = new LinkedHashSet<>();
        for (SecretEncoding encoding : values()) {
            out.addAll(encoding.forms(secret));
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> base64AtOffsets(byte[] data) {
        List<String> out = new ArrayList<>(3);
        for (int offset = 0; offset < 3; offset++) {
            String form = base64At(data, offset);
            if (!form.isEmpty()) {
                out.add(form);
            }
        }
        return out;
    }

    /**
     * The characters of the base64 encoding of {@code data} placed after {@code offset} unknown bytes that depend
     * on {@code data} alone: character j covers bits [6j, 6j + 6), the data covers bits [8·offset, 8·(offset + n)).
     */
    static String base64At(byte[] data, int offset) {
        byte[] shifted = new byte[offset + data.length];
        System.arraycopy(data, 0, shifted, offset, data.length);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
        int first = (8 * offset + 5) / 6;
        int end = 8 * (offset + data.length) / 6;
        return first >= end ? "" : encoded.substring(first, end);
    }

    private static String urlSafe(String standard) {
        return standard.replace('+', '-').replace('/', '_');
    }

    private static String percent(String s, String keep, boolean plusForSpace) {
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (byte b : utf8(s)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || keep.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c == ' ' && plusForSpace) {
                out.append('+');
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static String json(String s, boolean escapeDelete) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (c == 0x7f && escapeDelete)) {
                        out.append("\\u00").append(HexFormat.of().toHexDigits((byte) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
