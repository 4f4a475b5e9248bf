package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets must not leave the pipeline, in any of the forms a step commonly prints them. Each case prints a line
 * holding the secret in one form; the output must hold neither the secret nor that form.
 */
class SecretLeakTest {

    static final String SECRET = "Tr0ub4dor&3 \"horse\"/staple+é";

    private static SecretMasker masker() {
        SecretMasker m = new SecretMasker();
        m.add(SECRET);
        return m;
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            default -> String.valueOf((char) c);
        }));
        return out.toString();
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("plain", SECRET),
                Arguments.of("base64", b64(SECRET)),
                Arguments.of("base64 after a 1-byte prefix", b64(":" + SECRET)),
                Arguments.of("base64 after a 2-byte prefix", b64("u:" + SECRET)),
                Arguments.of("basic auth header", b64("admin:" + SECRET)),
                Arguments.of("base64 followed by more data", b64(SECRET + "\n")),
                Arguments.of("url-safe base64 after a prefix", Base64.getUrlEncoder().encodeToString(
                        ("xy" + SECRET).getBytes(StandardCharsets.UTF_8))),
                Arguments.of("double base64", b64(b64(SECRET))),
                Arguments.of("double base64 as echo | base64 | base64 writes it", b64(b64(SECRET + "\n") + "\n")),
                Arguments.of("url-encoded (form)", URLEncoder.encode(SECRET, StandardCharsets.UTF_8)),
                Arguments.of("url-encoded (%20)", URLEncoder.encode(SECRET, StandardCharsets.UTF_8).replace("+", "%20")),
                Arguments.of("json-escaped", json(SECRET)),
                Arguments.of("hex", HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("HEX", HexFormat.of().withUpperCase().formatHex(SECRET.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void formIsMasked(String what, String form) {
        String out = Collected.run(masker(), "before\nvalue: " + form + " (end)\nafter\n").text();
        assertThat(out).doesNotContain(SECRET).doesNotContain(form).contains("***").contains("before", "after");
    }

    @ParameterizedTest(name = "{0}, in chunks of 3 bytes")
    @MethodSource("forms")
    void formSplitAcrossReadChunksIsMasked(String what, String form) {
        int[] chunks = new int[200];
        java.util.Arrays.fill(chunks, 3);
        String out = Collected.run(masker(), "value: " + form + "\n", chunks).text();
        assertThat(out).doesNotContain(SECRET).doesNotContain(form);
    }

    @Test
    void multiLineSecretPrintedWholeOrLineByLine() {
        String key = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEF\nAASCBKgwggSkAgEAAoIBAQC7\n-----END PRIVATE KEY-----";
        SecretMasker m = new SecretMasker();
        m.add(key);
        String out = Collected.run(m, "key:\n" + key + "\njson: \"" + json(key) + "\"\n").text();
        assertThat(out).doesNotContain("MIIEvgIBADANBgkqhkiG9w0BAQEF").doesNotContain("AASCBKgwggSkAgEAAoIBAQC7")
                .doesNotContain(json(key));
    }

    @Test
    void addMaskValueIsMaskedInTheRestOfTheSameChunkAndLaterLines() {
        String token = "ghp_abcdefghijklmnop";
        Collected out = Collected.run(new SecretMasker(),
                "::add-mask::" + token + "\nnow " + token + "\n" + b64(token) + "\n", 4096);
        assertThat(out.text()).doesNotContain(token).doesNotContain(b64(token).substring(0, 20));
        assertThat(out.lines()).hasSize(2).first().isEqualTo("now ***");
        assertThat(out.lines().get(1)).startsWith("***").hasSizeLessThan(8);
    }

    @Test
    void addMaskOfAnEscapedMultiLineValue() {
        Collected out = Collected.run(new SecretMasker(), "::add-mask::first-line%0Asecond-line\nfirst-line\nsecond-line\n");
        assertThat(out.lines()).containsExactly("***", "***");
    }

    @Test
    void secretInAVeryLongLineIsMaskedAcrossTheCuts() {
        SecretMasker m = masker();
        Collected sink = new Collected();
        LogPipeline pipeline = new LogPipeline(m, sink, false, 16);
        String line = "x".repeat(37) + SECRET + "y".repeat(29) + b64("ab" + SECRET) + "z".repeat(11) + "\n";
        try (OutputStream out = pipeline.stream()) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String joined = String.join("", sink.lines());
        assertThat(sink.lines()).hasSizeGreaterThan(3);
        assertThat(joined).isEqualTo(m.mask(line.strip())).doesNotContain(SECRET).contains("x***y");
    }

    @Test
    void annotationsGroupTitlesAndDebugMessagesAreMasked() {
        Collected out = Collected.run(masker(), ("::error file=" + SECRET + ",title=" + SECRET + "::oops " + SECRET
                + "\n::group::" + SECRET + "\n::debug::" + SECRET + "\n::echo::maybe" + SECRET + "\n")
                .getBytes(StandardCharsets.UTF_8), true);
        assertThat(out.events).isNotEmpty();
        assertThat(out.events.toString()).doesNotContain(SECRET).doesNotContain("Tr0ub4dor");
    }

    /** Real tools print the forms: bash, coreutils base64, xxd, python3 and jq where installed. */
    @Test
    void realProcessesPrintingEncodedFormsLeakNothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is required");
        String script = String.join("\n",
                "set -x",
                "echo \"plain: $S\"",
                "printf %s \"$S\" | base64 -w0; echo",
                "printf 'user:%s' \"$S\" | base64 -w0; echo",
                "printf 'u:%s' \"$S\" | base64 -w0; echo",
                "printf %s \"$S\" | base64 -w0 | base64 -w0; echo",
                "command -v xxd >/dev/null && printf %s \"$S\" | xxd -p -c 1000",
                "command -v python3 >/dev/null && python3 -c 'import os,json,urllib.parse as u; s=os.environ[\"S\"];"
                        + " print(json.dumps({\"k\": s}, ensure_ascii=False)); print(u.quote(s, safe=\"\")); print(u.quote_plus(s))'",
                "command -v jq >/dev/null && jq -cn --arg s \"$S\" '{k: $s}'",
                "printf '%s' \"$S\" | od -An -v -tx1 | tr -d ' \\n'; echo",
                "echo done");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", script).redirectErrorStream(true);
        pb.environment().put("S", SECRET);
        Collected sink = new Collected();
        LogPipeline pipeline = new LogPipeline(masker(), sink, false);
        Process process = pb.start();
        try (OutputStream out = pipeline.stream()) {
            byte[] buffer = new byte[7];
            int n;
            while ((n = process.getInputStream().read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
        }
        assertThat(process.waitFor()).isZero();
        String out = sink.text();
        assertThat(out).contains("done").doesNotContain("Tr0ub4dor").doesNotContain("staple");
        for (String form : List.of(b64(SECRET), b64(b64(SECRET)),
                HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8)),
                URLEncoder.encode(SECRET, StandardCharsets.UTF_8))) {
            assertThat(out).doesNotContain(form.substring(0, form.length() - 4));
        }
    }
}
