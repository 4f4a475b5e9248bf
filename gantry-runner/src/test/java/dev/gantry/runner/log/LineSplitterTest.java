package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final List<String> lines = new ArrayList<>();
    private final List<Boolean> continued = new ArrayList<>();

    private LineSplitter splitter(int max) {
        return new LineSplitter((text, continues) -> {
            lines.add(text);
            continued.add(continues);
        }, max);
    }

    private void feed(LineSplitter splitter, byte[]... chunks) {
        for (byte[] chunk : chunks) {
            splitter.feed(chunk, 0, chunk.length);
        }
        splitter.finish();
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlineCarriageReturnNewlineAndLoneCarriageReturn() {
        feed(splitter(100), b("one\ntwo\r\nthree\r 10%\r 50%\rdone\n"));
        assertThat(lines).containsExactly("one", "two", "three", " 10%", " 50%", "done");
    }

    @Test
    void keepsEmptyLines() {
        feed(splitter(100), b("a\n\n\r\n\nb\n"));
        assertThat(lines).containsExactly("a", "", "", "", "b");
    }

    @Test
    void carriageReturnAtChunkEndFollowedByNewlineIsOneTerminator() {
        feed(splitter(100), b("first\r"), b("\nsecond\r"), b("third"));
        assertThat(lines).containsExactly("first", "second", "third");
    }

    @Test
    void lastLineWithoutTerminatorIsDeliveredAtFinish() {
        LineSplitter s = splitter(100);
        s.feed(b("no end"), 0, 6);
        assertThat(lines).isEmpty();
        s.finish();
        assertThat(lines).containsExactly("no end");
    }

    @Test
    void emptyStreamDeliversNothing() {
        feed(splitter(100));
        assertThat(lines).isEmpty();
    }

    @Test
    void multiByteCharactersSplitAcrossChunksDecode() {
        byte[] all = b("h€llo wörld 𝄞\n");
        for (int cut = 1; cut < all.length; cut++) {
            lines.clear();
            byte[] first = java.util.Arrays.copyOfRange(all, 0, cut);
            byte[] second = java.util.Arrays.copyOfRange(all, cut, all.length);
            feed(splitter(100), first, second);
            assertThat(lines).as("cut at %d", cut).containsExactly("h€llo wörld 𝄞");
        }
    }

    @Test
    void longLinesAreCutAtCharacterBoundariesWithoutLosingBytes() {
        String line = "ab€cd𝄞ef".repeat(50);
        feed(splitter(16), b(line + "\nshort\n"));
        assertThat(String.join("", lines.subList(0, lines.size() - 1))).isEqualTo(line);
        assertThat(lines.getLast()).isEqualTo("short");
        assertThat(lines).allSatisfy(l -> assertThat(b(l).length).isLessThanOrEqualTo(16));
        assertThat(lines).noneMatch(l -> l.contains("\uFFFD"));
        assertThat(continued.subList(0, continued.size() - 2)).containsOnly(true);
        assertThat(continued.subList(continued.size() - 2, continued.size())).containsExactly(false, false);
    }

    @Test
    void longLineEndingExactlyAtACutStillEndsWithANonContinuingFragment() {
        feed(splitter(4), b("abcdefgh\n"));
        assertThat(String.join("", lines)).isEqualTo("abcdefgh");
        assertThat(continued.getLast()).isFalse();
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() {
        feed(splitter(100), new byte[] {'a', (byte) 0xff, 'b', '\n'});
        assertThat(lines).containsExactly("a\uFFFDb");
    }
}
