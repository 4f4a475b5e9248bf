package dev.gantry.engine.trigger;

import dev.gantry.engine.trigger.MatchResult.Reason;
import dev.gantry.workflow.filter.ChangedFiles;
import dev.gantry.workflow.filter.FilterError;
import dev.gantry.workflow.filter.FilterKey;
import dev.gantry.workflow.filter.FilterRule;
import dev.gantry.workflow.filter.GitRef;
import dev.gantry.workflow.filter.TriggerFilter;
import dev.gantry.workflow.model.Filters;
import dev.gantry.workflow.model.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the branch, tag and path filters of one {@code on.<event>} to a ref and a diff, deciding as
 * {@link TriggerFilter#admits} does and saying which filter rejected.
 */
final class FilterCheck {

    private FilterCheck() {}

    /** Compiles {@code filters} and applies {@code check} to them; a filter that does not compile rejects. */
    static Optional<MatchResult.NotMatched> compiled(String event, Filters filters,
            Function<TriggerFilter, Optional<MatchResult.NotMatched>> check) {
        Map<FilterKey, List<String>> lists = new EnumMap<>(FilterKey.class);
        filters.lists().forEach((name, patterns) -> FilterKey.fromYaml(name)
                .ifPresent(key -> lists.put(key, patterns.stream().map(Named::name).toList())));
        return switch (TriggerFilter.compile(lists)) {
            case TriggerFilter.Compilation.Ok ok -> check.apply(ok.filter());
            case TriggerFilter.Compilation.Invalid invalid -> Optional.of(new MatchResult.NotMatched(
                    Reason.INVALID_FILTER, "on.%s has invalid filters: %s".formatted(event,
                    invalid.errors().stream().map(FilterError::message).collect(Collectors.joining("; ")))));
        };
    }

    /** Empty when {@code ref} and {@code changes} pass {@code filter}; else why not. */
    static Optional<MatchResult.NotMatched> check(String event, TriggerFilter filter, GitRef ref,
                                                  ChangedFiles changes) {
        boolean tag = ref instanceof GitRef.Tag;
        String kind = tag ? "tag" : "branch";
        Reason reason = tag ? Reason.TAG : Reason.BRANCH;
        FilterRule own = tag ? filter.tags() : filter.branches();
        FilterRule other = tag ? filter.branches() : filter.tags();
        if (!own.isPresent() && other.isPresent()) {
            return Optional.of(new MatchResult.NotMatched(reason, "%s \"%s\": on.%s filters only %s"
                    .formatted(kind, ref.name(), event, tag ? "branches" : "tags")));
        }
        if (!own.admitsRef(ref.name())) {
            String plural = kind + (tag ? "s" : "es");
            String key = own instanceof FilterRule.Ignore ? plural + "-ignore" : plural;
            String verb = own instanceof FilterRule.Ignore ? "is ignored by" : "is not selected by";
            return Optional.of(new MatchResult.NotMatched(reason, "%s \"%s\" %s on.%s.%s"
                    .formatted(kind, ref.name(), verb, event, key)));
        }
        if (!tag) {
            return checkPaths(event, filter, changes);
        }
        return Optional.empty();
    }

    /** Empty when {@code changes} pass the path filter alone; else why not. */
    static Optional<MatchResult.NotMatched> checkPaths(String event, TriggerFilter filter, ChangedFiles changes) {
        if (filter.admitsChanges(changes)) {
            return Optional.empty();
        }
        int count = changes instanceof ChangedFiles.Known known ? known.paths().size() : 0;
        String message = filter.paths() instanceof FilterRule.Ignore
                ? "every changed file (%d) is ignored by on.%s.paths-ignore".formatted(count, event)
                : count == 0 ? "no file changed, so none is selected by on.%s.paths".formatted(event)
                : "none of the %d changed files is selected by on.%s.paths".formatted(count, event);
        return Optional.of(new MatchResult.NotMatched(Reason.PATHS, message));
    }
}
