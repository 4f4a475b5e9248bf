package dev.gantry.cli.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How statuses and times read in tables: a symbol per status and conclusion ({@code ✓} success, {@code X}
 * failure, {@code -} cancelled or skipped, {@code *} in progress or queued), elapsed times ({@code 1m20s}) and
 * ages ({@code 3h ago}). Pure functions.
 */
final class Marks {

    private Marks() {
    }

    static String symbol(String status, Optional<String> conclusion) {
        if (!status.equals("completed")) {
            return "*";
        }
        return switch (conclusion.orElse("")) {
            case "success" -> "✓";
            case "cancelled", "skipped", "neutral" -> "-";
            default -> "X";
        };
    }

    /** {@code completed/success}, {@code in_progress}: the word a table shows for a status and conclusion. */
    static String word(String status, Optional<String> conclusion) {
        return conclusion.filter(c -> status.equals("completed")).orElse(status);
    }

    /** From start to end (or to {@code now} while running); empty before it started. */
    static String elapsed(Optional<Instant> started, Optional<Instant> completed, Instant now) {
        return started.map(s -> duration(Duration.between(s, completed.orElse(now)))).orElse("");
    }

    static String age(Instant then, Instant now) {
        Duration ago = Duration.between(then, now);
        if (ago.toSeconds() < 60) {
            return "less than a minute ago";
        }
        if (ago.toMinutes() < 60) {
            return ago.toMinutes() + "m ago";
        }
        if (ago.toHours() < 48) {
            return ago.toHours() + "h ago";
        }
        return ago.toDays() + "d ago";
    }

    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + seconds % 60 + "s";
        }
        return seconds / 3600 + "h" + (seconds % 3600) / 60 + "m";
    }
}
