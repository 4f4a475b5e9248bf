package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The automaton finds exactly the spans a brute-force search finds, with dense rows or with deep sparse states. */
class MaskAutomatonTest {

    /** Brute force: mark every character covered by an occurrence of any pattern, then merge overlapping runs. */
    private static List<int[]> bruteForce(List<String> patterns, String text) {
        List<int[]> spans = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            int start = end;
            for (String p : patterns) {
                if (end >= p.length() && text.startsWith(p, end - p.length())) {
                    start = Math.min(start, end - p.length());
                }
            }
            if (start < end) {
                while (!spans.isEmpty() && spans.getLast()[1] > start) {
                    start = Math.min(start, spans.removeLast()[0]);
                }
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    private static List<int[]> found(MaskAutomaton automaton, String text) {
        MaskAutomaton.Spans spans = new MaskAutomaton.Spans();
        automaton.find(text, spans);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < spans.count(); i++) {
            out.add(new int[] {spans.start(i), spans.end(i)});
        }
        return out;
    }

    @Test
    void matchesBruteForceOnRandomPatternsAndTexts() {
        Random random = new Random(99);
        for (int round = 0; round < 300; round++) {
            List<String> patterns = new ArrayList<>();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                patterns.add(word(random, 1 + random.nextInt(8)));
            }
            String text = word(random, 200);
            List<int[]> expected = bruteForce(patterns, text);
            for (int budget : new int[] {MaskAutomaton.DENSE_BUDGET, 1, 7, 40}) {
                assertThat(found(new MaskAutomaton(patterns, budget), text))
                        .as("round %d, budget %d, patterns %s", round, budget, patterns)
                        .usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
            }
        }
    }

    @Test
    void noPatternsFindNothing() {
        assertThat(found(MaskAutomaton.EMPTY, "anything")).isEmpty();
        assertThat(MaskAutomaton.EMPTY.states()).isEqualTo(1);
    }

    @Test
    void longSecretsKeepTheDenseTableWithinItsBudget() {
        Random random = new Random(5);
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            patterns.add(word(random, 4000) + i);
        }
        MaskAutomaton automaton = new MaskAutomaton(patterns);
        assertThat(automaton.states() * 15L).as("states × classes").isGreaterThan(MaskAutomaton.DENSE_BUDGET);
        String text = "x " + patterns.get(17) + " y";
        assertThat(found(automaton, text)).singleElement()
                .satisfies(span -> assertThat(span).containsExactly(2, 2 + patterns.get(17).length()));
    }

    /** Words over a small alphabet, so patterns overlap and share prefixes and suffixes often. */
    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("abcab€".charAt(random.nextInt(6)));
        }
        return s.toString();
    }
}
