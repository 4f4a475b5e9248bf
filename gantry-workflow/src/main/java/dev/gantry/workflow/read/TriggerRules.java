package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.model.Named;
import java.util.List;

/**
 * Checks cron lines (rule {@code cron}) and branch/tag/path filter patterns (rule {@code glob}).
 * HOOK: the cron and filter packages ({@code dev.gantry.workflow.cron}, {@code dev.gantry.workflow.filter}) are
 * being written separately; once they exist, call their parsers here and report their errors at the value's span.
 * Until then only the checks that need no parser are made.
 */
final class TriggerRules {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Diagnostics diagnostics;

    TriggerRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void checkCron(Named cron) {
        // HOOK: replace with the cron package's parser once it exists.
        String[] fields = cron.name().strip().split("\\s+");
        if (fields.length != 5) {
            diagnostics.error("cron", cron.span(), "Invalid cron expression '%s': expected 5 fields, found %d",
                    cron.name(), fields.length);
        }
    }

    void checkPatterns(String filter, List<Named> patterns) {
        // HOOK: replace with the filter package's pattern parser once it exists.
        for (Named pattern : patterns) {
            if (pattern.name().isEmpty()) {
                diagnostics.error("glob", pattern.span(), "A %s filter pattern may not be empty", filter);
            }
        }
    }
}
