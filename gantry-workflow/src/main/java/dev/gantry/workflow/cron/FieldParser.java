package dev.gantry.workflow.cron;

import java.util.List;
import java.util.OptionalInt;

/**
 * Parses one field of a cron expression into the set of values it allows, as a bit mask (bit {@code v} set when
 * value {@code v} is allowed). Grammar: a comma-separated list of elements, each {@code *}, a value, or a range
 * {@code a-b}, optionally followed by a step {@code /n}; {@code a/n} means {@code a-max/n}. Values are numbers,
 * or three-letter names in the month and day-of-week fields (any case).
 */
final class FieldParser {

    /** Longer numbers are rejected before conversion, so no input can overflow. */
    static final int MAX_DIGITS = 3;

    private final String expression;
    private final CronField field;
    private final List<CronError> errors;

    /** Errors are added to {@code errors}; offsets are in {@code expression}. */
    FieldParser(String expression, CronField field, List<CronError> errors) {
        this.expression = expression;
        this.field = field;
        this.errors = errors;
    }

    /** The values allowed by the field text at {@code [start, end)} of the expression (0 when it has errors). */
    long parse(int start, int end) {
        long mask = 0;
        int errorsBefore = errors.size();
        int itemStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || expression.charAt(i) == ',') {
                mask |= element(itemStart, i);
                itemStart = i + 1;
            }
        }
        return errors.size() == errorsBefore ? mask : 0;
    }

    private long element(int start, int end) {
        if (start == end) {
            return fail("empty element in the %s field".formatted(field.label()), start);
        }
        int slash = expression.indexOf('/', start);
        if (slash >= end) {
            slash = -1;
        }
        int rangeEnd = slash < 0 ? end : slash;
        int step = 1;
        if (slash >= 0) {
            OptionalInt parsed = number(slash + 1, end, true);
            if (parsed.isEmpty()) {
                return 0;
            }
            step = parsed.getAsInt();
            if (step < 1) {
                return fail("step 0 in the %s field must be at least 1".formatted(field.label()), slash + 1);
            }
        }
        int low;
        int high;
        if (expression.startsWith("*", start) && rangeEnd == start + 1) {
            low = field.min();
            high = field.max();
        } else {
            int dash = expression.indexOf('-', start);
            boolean range = dash >= 0 && dash < rangeEnd;
            OptionalInt a = value(start, range ? dash : rangeEnd);
            OptionalInt b = range ? value(dash + 1, rangeEnd) : a;
            if (a.isEmpty() || b.isEmpty()) {
                return 0;
            }
            low = a.getAsInt();
            high = range ? b.getAsInt() : slash >= 0 ? field.max() : low;
            if (low > high) {
                return fail("range %s in the %s field is reversed; write the smaller value first"
                        .formatted(expression.substring(start, rangeEnd), field.label()), start);
            }
        }
        long mask = 0;
        for (int v = low; v <= high; v += step) {
            mask |= 1L << v;
        }
        return mask;
    }

    private OptionalInt value(int start, int end) {
        if (start == end) {
            fail("missing value in the %s field".formatted(field.label()), start);
            return OptionalInt.empty();
        }
        String text = expression.substring(start, end);
        if (Character.isLetter(text.charAt(0)) && field.hasNames()) {
            OptionalInt named = field.valueOfName(text);
            if (named.isEmpty()) {
                fail("unknown %s name \"%s\" (expected %s)".formatted(field.label(), text, field.describeRange()),
                        start);
            }
            return named;
        }
        OptionalInt parsed = number(start, end, false);
        if (parsed.isPresent() && (parsed.getAsInt() < field.min() || parsed.getAsInt() > field.max())) {
            String hint = field == CronField.DAY_OF_WEEK && parsed.getAsInt() == 7
                    ? "; GitHub does not accept 7 for Sunday, use 0 or SUN" : "";
            fail("%s %s is out of range (%s)%s".formatted(field.label(), text, field.describeRange(), hint), start);
            return OptionalInt.empty();
        }
        return parsed;
    }

    private OptionalInt number(int start, int end, boolean step) {
        if (start == end) {
            fail("missing %s in the %s field".formatted(step ? "step" : "value", field.label()), start);
            return OptionalInt.empty();
        }
        for (int i = start; i < end; i++) {
            char c = expression.charAt(i);
            if (c < '0' || c > '9') {
                fail("unexpected \"%c\" in the %s field".formatted(c, field.label()), i);
                return OptionalInt.empty();
            }
        }
        if (end - start > MAX_DIGITS) {
            String text = expression.substring(start, end);
            fail(step ? "step %s in the %s field is too large".formatted(text, field.label())
                    : "%s %s is out of range (%s)".formatted(field.label(), text, field.describeRange()), start);
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(expression, start, end, 10));
    }

    private long fail(String message, int offset) {
        errors.add(new CronError(expression, message, offset));
        return 0;
    }
}
