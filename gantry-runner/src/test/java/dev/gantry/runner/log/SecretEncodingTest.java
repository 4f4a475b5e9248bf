package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretEncodingTest {

    private static final String SECRET = "p@ss w0rd/+é\"\\x";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void base64FormsOccurInTheEncodingWhateverSurroundsTheSecret() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            byte[] prefix = new byte[random.nextInt(7)];
            byte[] suffix = new byte[random.nextInt(4)];
            random.nextBytes(prefix);
            random.nextBytes(suffix);
            byte[] secret = new byte[4 + random.nextInt(30)];
            for (int i = 0; i < secret.length; i++) {
                secret[i] = (byte) (' ' + random.nextInt(95));
            }
            String value = new String(secret, StandardCharsets.US_ASCII);
            String std = Base64.getEncoder().encodeToString(concat(prefix, secret, suffix));
            String url = Base64.getUrlEncoder().encodeToString(concat(prefix, secret, suffix));
            String expected = SecretEncoding.base64At(secret, prefix.length % 3);
            assertThat(std).as("trial %d", trial).contains(expected);
            assertThat(SecretEncoding.BASE64.forms(value)).contains(expected);
            assertThat(SecretEncoding.BASE64.forms(value)).anySatisfy(f -> assertThat(url).contains(f));
        }
    }

    @Test
    void base64FormsTrimPartialEdgeCharacters() {
        assertThat(SecretEncoding.base64At(utf8("abc"), 0)).isEqualTo("YWJj");
        assertThat(SecretEncoding.base64At(utf8("abcd"), 0)).isEqualTo("YWJjZ");
        // "xabcd" = eGFiY2Q: "eG" mixes the prefix in, so the form starts after it
        assertThat(SecretEncoding.base64At(utf8("abcd"), 1)).isEqualTo("FiY2");
        assertThat(Base64.getEncoder().encodeToString(utf8("xabcd"))).contains("FiY2");
        assertThat(Base64.getEncoder().encodeToString(utf8("xyabcd"))).contains(SecretEncoding.base64At(utf8("abcd"), 2));
    }

    @Test
    void doubleBase64FormOccursInEncodingOfEncoding() {
        String once = Base64.getEncoder().encodeToString(utf8(SECRET));
        String twice = Base64.getEncoder().encodeToString(utf8(once));
        String twiceAfterPrefix = Base64.getEncoder().encodeToString(utf8("token: " + once + "\n"));
        assertThat(SecretEncoding.DOUBLE_BASE64.forms(SECRET)).anySatisfy(f -> assertThat(twice).contains(f));
        assertThat(SecretEncoding.DOUBLE_BASE64.forms(SECRET)).anySatisfy(f -> assertThat(twiceAfterPrefix).contains(f));
    }

    @Test
    void urlForms() {
        assertThat(SecretEncoding.URL.forms("a b&c~*'")).contains(
                "a%20b%26c~%2A%27", "a+b%26c~%2A%27", "a%20b%26c~*'", "a+b%26c%7E*%27");
        assertThat(SecretEncoding.URL.forms("é")).contains("%C3%A9");
    }

    @Test
    void jsonForms() {
        assertThat(SecretEncoding.JSON.forms("a\"b\\c\nd\te\u0001\u007f")).containsExactly(
                "a\\\"b\\\\c\\nd\\te\\u0001\u007f", "a\\\"b\\\\c\\nd\\te\\u0001\\u007f");
    }

    @Test
    void hexForms() {
        assertThat(SecretEncoding.HEX.forms("Aé")).containsExactly("41c3a9", "41C3A9");
        assertThat(HexFormat.of().formatHex(utf8(SECRET))).isIn(SecretEncoding.HEX.forms(SECRET));
    }

    @Test
    void allFormsStartWithThePlainValueAndHoldNoDuplicates() {
        assertThat(SecretEncoding.allForms("abcdef")).first().isEqualTo("abcdef");
        assertThat(SecretEncoding.allForms("abcdef")).doesNotHaveDuplicates();
    }
}
