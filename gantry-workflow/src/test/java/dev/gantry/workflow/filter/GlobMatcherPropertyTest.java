package dev.gantry.workflow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Compares the linear-time matcher with a plain regular-expression reading of the cheat sheet on seeded random
 * patterns and inputs over a small alphabet, where backtracking stays cheap.
 */
class GlobMatcherPropertyTest {

    private static final long SEED = 47L;
    private static final String[] PIECES = {"a", "b", "/", ".", "*", "**", "**/", "?", "+", "[ab]", "[a-c]", "\\*"};

    @Test
    void agreesWithARegexReading() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            StringBuilder glob = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                glob.append(PIECES[random.nextInt(PIECES.length)]);
            }
            FilterPattern pattern = FilterPattern.compile(glob.toString()).orThrow();
            Pattern reference = Pattern.compile(reference(glob.toString()), Pattern.DOTALL);
            for (int j = 0; j < 20; j++) {
                String input = randomInput(random);
                assertThat(pattern.matches(input)).as("%s on %s (regex %s)", glob, input, reference)
                        .isEqualTo(reference.matcher(input).matches());
            }
        }
    }

    private static String randomInput(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(8);
        for (int k = 0; k < length; k++) {
            s.append("ab/.c*?".charAt(random.nextInt(7)));
        }
        return s.toString();
    }

    /** The cheat sheet as a regex: the reading act uses, with {@code ?}/{@code +} on the preceding character. */
    private static String reference(String glob) {
        StringBuilder re = new StringBuilder();
        boolean quantifiable = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (glob.startsWith("**/", i)) {
                    re.append("(?:.+/)?");
                    i += 2;
                } else if (glob.startsWith("**", i)) {
                    re.append(".*");
                    i++;
                } else {
                    re.append("[^/]*");
                }
                quantifiable = false;
            } else if ((c == '?' || c == '+') && quantifiable) {
                re.append(c);
                quantifiable = false;
            } else if (c == '[') {
                int close = glob.indexOf(']', i);
                re.append(glob, i, close + 1);
                i = close;
                quantifiable = true;
            } else if (c == '\\') {
                re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                quantifiable = true;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                quantifiable = true;
            }
        }
        return re.toString();
    }
}
