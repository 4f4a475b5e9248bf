package dev.gantry.workflow.read;

import dev.gantry.workflow.cron.CronError;
import dev.gantry.workflow.cron.CronParse;
import dev.gantry.workflow.cron.CronSchedule;
import dev.gantry.workflow.cron.FrequencyCheck;
import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.filter.FilterError;
import dev.gantry.workflow.filter.FilterKey;
import dev.gantry.workflow.filter.PatternError;
import dev.gantry.workflow.filter.TriggerFilter;
import dev.gantry.workflow.template.ScalarPositions;
import dev.gantry.workflow.yaml.YamlNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what the trigger syntax cannot: cron lines through the {@code cron} package (invalid lines are errors
 * at the offending field, schedules more frequent than every 5 minutes are warnings since GitHub accepts them but
 * runs them less often), schedule time zones, and branch/tag/path filters through the {@code filter} package
 * (invalid patterns at their column, rule {@value #GLOB}; an include key used with its {@code -ignore} twin).
 */
final class TriggerRules {

    static final String EVENTS = "events";
    static final String GLOB = "glob";
    private static final String CRON_FORMAT = "Invalid cron expression. Expected format: '* * * * *' (minute hour"
            + " day month weekday)";

    /** The filter keys each event accepts (others are reported by the syntax check). */
    private static final Map<String, Set<FilterKey>> FILTERS = Map.of(
            "push", Set.of(FilterKey.values()),
            "pull_request", Set.of(FilterKey.BRANCHES, FilterKey.BRANCHES_IGNORE, FilterKey.PATHS,
                    FilterKey.PATHS_IGNORE),
            "pull_request_target", Set.of(FilterKey.BRANCHES, FilterKey.BRANCHES_IGNORE, FilterKey.PATHS,
                    FilterKey.PATHS_IGNORE),
            "merge_group", Set.of(FilterKey.BRANCHES, FilterKey.BRANCHES_IGNORE),
            "workflow_run", Set.of(FilterKey.BRANCHES, FilterKey.BRANCHES_IGNORE));

    private final Diagnostics diagnostics;

    TriggerRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** One {@code schedule} entry: its {@code cron} line and optional {@code timezone}. */
    void checkScheduleEntry(YamlNode.Mapping entry) {
        Fields.scalar(entry.get("cron")).filter(TriggerRules::plainText).ifPresent(this::checkCron);
        Fields.scalar(entry.get("timezone")).filter(TriggerRules::plainText).ifPresent(this::checkTimezone);
    }

    void checkCron(YamlNode.Scalar cron) {
        switch (CronSchedule.parse(cron.value())) {
            case CronParse.Invalid invalid -> {
                for (CronError e : invalid.errors()) {
                    diagnostics.error(EVENTS, at(cron, e.offset()), "%s: %s", CRON_FORMAT, e.message());
                }
            }
            case CronParse.Valid valid -> FrequencyCheck.warning(valid.schedule())
                    .ifPresent(w -> diagnostics.warning(EVENTS, at(cron, 0), "%s", w));
        }
    }

    private void checkTimezone(YamlNode.Scalar timezone) {
        try {
            ZoneId.of(timezone.value());
        } catch (DateTimeException e) {
            diagnostics.warning(EVENTS, at(timezone, 0), "Unknown time zone '%s'; use an IANA name such as"
                    + " 'Europe/London'", timezone.value());
        }
    }

    /** The branch, tag and path filters of one event's configuration. */
    void checkFilters(String event, YamlNode.Mapping config) {
        Set<FilterKey> accepted = FILTERS.getOrDefault(event, Set.of());
        Map<FilterKey, List<String>> lists = new EnumMap<>(FilterKey.class);
        Map<FilterKey, YamlNode.Entry> entries = new EnumMap<>(FilterKey.class);
        for (YamlNode.Entry entry : config.entries()) {
            Optional<FilterKey> key = entry.keyText().flatMap(FilterKey::fromYaml).filter(accepted::contains);
            if (key.isPresent() && !entries.containsKey(key.get())) {
                entries.put(key.get(), entry);
                lists.put(key.get(), patterns(entry.value()).stream().map(Fields::coerce).toList());
            }
        }
        if (!(TriggerFilter.compile(lists) instanceof TriggerFilter.Compilation.Invalid invalid)) {
            return;
        }
        for (FilterError error : invalid.errors()) {
            YamlNode.Entry entry = entries.get(error.key());
            if (error.pattern().isPresent()) {
                PatternError p = error.pattern().get();
                List<YamlNode.Scalar> scalars = patterns(entry.value());
                if (p.index() < scalars.size()) {
                    diagnostics.error(GLOB, at(scalars.get(p.index()), p.offset()), "%s", p.describe());
                }
            } else {
                diagnostics.error(EVENTS, laterKey(entry, entries.get(error.key().twin())), "%s (event \"%s\")",
                        error.message(), event);
            }
        }
    }

    /** The pattern scalars of a filter: one string or a list of strings (null items are the syntax check's). */
    private static List<YamlNode.Scalar> patterns(YamlNode node) {
        List<YamlNode.Scalar> scalars = new ArrayList<>();
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            scalars.add(s);
        } else if (node instanceof YamlNode.Sequence seq) {
            seq.items().stream().filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast)
                    .filter(s -> !s.isNull()).forEach(scalars::add);
        }
        return scalars;
    }

    /** Two keys that may not be combined: reported where the second of them is written. */
    private static Span laterKey(YamlNode.Entry one, YamlNode.Entry other) {
        YamlNode key = other == null || one.key().span().start().compareTo(other.key().span().start()) > 0
                ? one.key() : other.key();
        return Span.at(key.span().start());
    }

    private static Span at(YamlNode.Scalar scalar, int offset) {
        return ScalarPositions.span(scalar, offset);
    }

    /** Values holding an expression are reported by the expression scanner, not parsed here. */
    private static boolean plainText(YamlNode.Scalar s) {
        return !s.isNull() && !s.value().contains("${{");
    }
}
