package dev.gantry.workflow.read;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for a misspelt key: the closest known key within a small edit distance. */
final class Suggestion {

    /** Keys further than this many edits are not suggested. */
    static final int MAX_DISTANCE = 2;
    /** Longer words are not compared (bounds the work per unknown key). */
    static final int MAX_LENGTH = 64;

    private Suggestion() {}

    /** {@code ". Did you mean 'runs-on'?"}, or an empty string when nothing is close. */
    static String didYouMean(String word, Collection<String> known) {
        if (word.length() > MAX_LENGTH) {
            return "";
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : known) {
            int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : ". Did you mean '%s'?".formatted(best);
    }

    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_DISTANCE) {
            return MAX_DISTANCE + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
