package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * However a process's output is cut into read chunks, the pipeline's output is the same as for one chunk:
 * the splitter, the commands and the masking see whole lines. Seeded, so a failure reproduces.
 */
class RandomChunkingTest {

    private static final long SEED = 20240917L;
    private static final List<String> SECRETS = List.of("alpha-secret-1", "béta-sécret-ü€", "gamma\nmulti-line-part");

    private static String stream(Random random) {
        String[] pieces = {"plain text ", "alpha-secret-1", "béta-sécret-ü€", "multi-line-part", "::add-mask::late-mask-value",
                "late-mask-value", Base64.getEncoder().encodeToString("k=alpha-secret-1".getBytes(StandardCharsets.UTF_8)),
                "::group::g", "::endgroup::", "::warning line=3::w alpha-secret-1", "€𝄞 ", "\r", "\n", "\r\n", "\n",
                "::stop-commands::tok-1", "::tok-1::", "x".repeat(90)};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String piece = pieces[random.nextInt(pieces.length)];
            if (piece.startsWith("::")) {
                out.append('\n').append(piece).append('\n');
            } else {
                out.append(piece);
            }
        }
        return out.toString();
    }

    private static SecretMasker masker() {
        SecretMasker masker = new SecretMasker();
        masker.addAll(SECRETS);
        return masker;
    }

    @Test
    void randomChunkBoundariesGiveTheUnsplitResult() {
        Random random = new Random(SEED);
        for (int round = 0; round < 60; round++) {
            byte[] bytes = stream(random).getBytes(StandardCharsets.UTF_8);
            List<LogEvent> whole = Collected.run(masker(), bytes, false).events;
            int[] chunks = new int[bytes.length];
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = 1 + random.nextInt(random.nextBoolean() ? 3 : 64);
            }
            List<LogEvent> split = Collected.run(masker(), bytes, false, chunks).events;
            assertThat(split).as("round %d", round).isEqualTo(whole);
            // the add-mask value may legitimately show before its command or between stop-commands tokens
            assertThat(split.toString().contains("alpha-secret-1") || split.toString().contains("béta-sécret")
                    || split.toString().contains("multi-line-part")).as("a known secret leaked in round %d", round).isFalse();
        }
    }

    @Test
    void randomChunkBoundariesWithTinyLineLimitLoseNothingAndLeakNothing() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 30; round++) {
            String text = stream(random).replace("::", "");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Collected sink = new Collected();
            LogPipeline pipeline = new LogPipeline(masker(), sink, false, 24);
            try (var out = pipeline.stream()) {
                int at = 0;
                while (at < bytes.length) {
                    int n = Math.min(bytes.length - at, 1 + random.nextInt(50));
                    out.write(bytes, at, n);
                    at += n;
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            String shown = String.join("", sink.lines());
            String expected = String.join("", Collected.run(masker(), bytes, false).lines());
            assertThat(shown).as("round %d", round).isEqualTo(expected);
        }
    }
}
