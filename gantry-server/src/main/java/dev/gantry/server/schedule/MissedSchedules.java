package dev.gantry.server.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a schedule entry does with the fire times it missed while the server was down (or busy): {@link #ONCE}
 * (the default) fires once, for the latest missed time; {@link #ALL} fires every missed time, the latest
 * {@link #ALL_CAP} at most; {@link #SKIP} fires only a time that is at most {@link #ON_TIME} old and drops the
 * others (on purpose, and logged).
 */
public enum MissedSchedules {
    ONCE, ALL, SKIP;

    /** The most fire times {@link #ALL} catches up on; older ones are dropped. */
    public static final int ALL_CAP = 100;

    /** How late a fire time may be and still count as on time for {@link #SKIP}. */
    public static final Duration ON_TIME = Duration.ofMinutes(5);

    /** The policy named {@code name} ({@code once}, {@code all}, {@code skip}, any case). */
    public static Optional<MissedSchedules> of(String name) {
        for (MissedSchedules policy : values()) {
            if (policy.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /** How the policy is written in configuration: {@code once}, {@code all}, {@code skip}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * What to do at {@code now} with the due times of an entry, the latest last ({@link DueTimes#latest}).
     *
     * @return the times to fire, in order, and the time to move the entry's last fire time to without firing
     *         (only {@link #SKIP} drops times)
     */
    FirePlan plan(List<Instant> due, Instant now) {
        if (due.isEmpty()) {
            return new FirePlan(List.of(), Optional.empty());
        }
        Instant latest = due.getLast();
        return switch (this) {
            case ONCE -> new FirePlan(List.of(latest), Optional.empty());
            case ALL -> new FirePlan(due.subList(Math.max(0, due.size() - ALL_CAP), due.size()), Optional.empty());
            case SKIP -> Duration.between(latest, now).compareTo(ON_TIME) <= 0
                    ? new FirePlan(List.of(latest), Optional.empty())
                    : new FirePlan(List.of(), Optional.of(latest));
        };
    }

    /** How many due times the policy looks at. */
    int window() {
        return this == ALL ? ALL_CAP : 1;
    }

    /** The fire times to fire, in order, and the time the entry skips to without firing. */
    record FirePlan(List<Instant> fires, Optional<Instant> skipTo) {
        FirePlan {
            fires = List.copyOf(fires);
        }
    }
}
