package dev.gantry.runner.container;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's duration syntax ({@code 10s}, {@code 1m30s}, {@code 500ms}, {@code 1h}); a bare number is seconds. Pure. */
final class DockerDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    private DockerDuration() {}

    /** The duration, or empty when the text is not one (or is not positive). */
    static Optional<Duration> parse(String text) {
        String t = text.strip();
        if (t.matches("\\d+")) {
            long seconds = Long.parseLong(t);
            return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        }
        Matcher m = PART.matcher(t);
        int at = 0;
        double nanos = 0;
        while (at < t.length() && m.find(at) && m.start() == at) {
            double n = Double.parseDouble(m.group(1));
            nanos += n * switch (m.group(2)) {
                case "ns" -> 1d;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            at = m.end();
        }
        if (at != t.length() || t.isEmpty() || nanos < 1) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) nanos));
    }
}
