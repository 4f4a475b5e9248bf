package dev.gantry.workflow.cron;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The five fields of a cron expression, in order, with the values GitHub accepts. */
public enum CronField {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH("month", 1, 12,
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    /** 0 is Sunday; GitHub rejects 7. */
    DAY_OF_WEEK("day-of-week", 0, 6, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    /** The name used in messages, e.g. {@code day-of-month}. */
    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The value of a three-letter name such as {@code jan} or {@code Sun} (any case), if this field has names. */
    OptionalInt valueOfName(String name) {
        int index = names.indexOf(name.toUpperCase(Locale.ROOT));
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(min + index);
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    /** {@code 0-59}, or {@code 0-6 or SUN-SAT}: the accepted values, for messages. */
    String describeRange() {
        String numbers = min + "-" + max;
        return names.isEmpty() ? numbers : numbers + " or " + names.getFirst() + "-" + names.getLast();
    }
}
