package dev.gantry.workflow.cron;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into its five fields and parses each; see {@link CronSchedule#parse}. */
final class CronParser {

    private CronParser() {}

    static CronParse parse(String expression) {
        if (expression.length() > CronSchedule.MAX_LENGTH) {
            return invalid(expression, "expression is longer than %d characters".formatted(CronSchedule.MAX_LENGTH),
                    0);
        }
        if (expression.isBlank()) {
            return invalid(expression, "expression is empty; expected 5 fields: minute hour day-of-month month "
                    + "day-of-week", 0);
        }
        int firstNonBlank = skipBlanks(expression, 0);
        if (expression.charAt(firstNonBlank) == '@') {
            return invalid(expression, "shortcuts such as @daily are not supported by GitHub; write 5 fields, "
                    + "e.g. \"0 0 * * *\"", firstNonBlank);
        }
        List<int[]> fields = new ArrayList<>();
        for (int i = firstNonBlank; i < expression.length(); ) {
            int end = i;
            while (end < expression.length() && !isBlank(expression.charAt(end))) {
                end++;
            }
            fields.add(new int[] {i, end});
            i = skipBlanks(expression, end);
        }
        if (fields.size() != CronField.values().length) {
            int offset = fields.size() > 5 ? fields.get(5)[0] : expression.length();
            return invalid(expression, "expected exactly 5 fields (minute hour day-of-month month day-of-week), "
                    + "found %d".formatted(fields.size()), offset);
        }
        List<CronError> errors = new ArrayList<>();
        long[] masks = new long[5];
        for (CronField field : CronField.values()) {
            int[] bounds = fields.get(field.ordinal());
            masks[field.ordinal()] = new FieldParser(expression, field, errors).parse(bounds[0], bounds[1]);
        }
        if (!errors.isEmpty()) {
            return new CronParse.Invalid(errors);
        }
        boolean domStar = expression.charAt(fields.get(CronField.DAY_OF_MONTH.ordinal())[0]) == '*';
        boolean dowStar = expression.charAt(fields.get(CronField.DAY_OF_WEEK.ordinal())[0]) == '*';
        return new CronParse.Valid(new CronSchedule(expression, masks[0], masks[1], masks[2], masks[3], masks[4],
                domStar, dowStar));
    }

    private static CronParse invalid(String expression, String message, int offset) {
        return new CronParse.Invalid(List.of(new CronError(expression, message, offset)));
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
