package dev.gantry.engine.trigger;

import java.util.List;
import java.util.Optional;

/**
 * GitHub's commands in a commit message that skip {@code push} and {@code pull_request} runs: {@code [skip ci]},
 * {@code [ci skip]}, {@code [no ci]}, {@code [skip actions]}, {@code [actions skip]} anywhere in the message (as
 * written, in lower case), or a {@code skip-checks:true} / {@code skip-checks: true} trailer: the last line of the
 * trailer block that ends the message, after an empty line.
 */
public final class SkipMarkers {

    /** The markers recognised anywhere in the message. */
    public static final List<String> MARKERS =
            List.of("[skip ci]", "[ci skip]", "[no ci]", "[skip actions]", "[actions skip]");

    private SkipMarkers() {}

    /** The marker or trailer found in {@code message}, as written there. */
    public static Optional<String> find(String message) {
        for (String marker : MARKERS) {
            if (message.contains(marker)) {
                return Optional.of(marker);
            }
        }
        return skipChecksTrailer(message);
    }

    private static Optional<String> skipChecksTrailer(String message) {
        List<String> lines = message.strip().lines().toList();
        if (lines.size() < 2) {
            return Optional.empty();
        }
        String last = lines.getLast().strip();
        if (!last.equals("skip-checks:true") && !last.equals("skip-checks: true")) {
            return Optional.empty();
        }
        // The trailer block: the lines above the last up to an empty line, each a "Key: value" trailer.
        for (int i = lines.size() - 2; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                return Optional.of(last);
            }
            if (!line.matches("[A-Za-z0-9-]+:.*")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
