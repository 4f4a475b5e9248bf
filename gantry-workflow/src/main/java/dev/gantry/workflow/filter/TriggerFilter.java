package dev.gantry.workflow.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compiled branch, tag and path filters of one event, and GitHub's decision whether an event passes them.
 * Immutable and safe to share between threads.
 */
public record TriggerFilter(FilterRule branches, FilterRule tags, FilterRule paths) {

    /** No filters: every event passes. */
    public static final TriggerFilter NONE =
            new TriggerFilter(new FilterRule.None(), new FilterRule.None(), new FilterRule.None());

    public TriggerFilter {
        Objects.requireNonNull(branches, "branches");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(paths, "paths");
    }

    /** The outcome of {@link #compile}: a filter, or every error found. */
    public sealed interface Compilation {
        record Ok(TriggerFilter filter) implements Compilation {}

        record Invalid(List<FilterError> errors) implements Compilation {
            public Invalid {
                errors = List.copyOf(errors);
            }
        }
    }

    /**
     * Compiles the filter keys present for one event (an absent key is not in the map). Reports every pattern
     * error, a {@code !} pattern in an {@code -ignore} list, and an include key used with its ignore twin, which
     * GitHub rejects (reported on the ignore key).
     */
    public static Compilation compile(Map<FilterKey, List<String>> lists) {
        List<FilterError> errors = new ArrayList<>();
        Map<FilterKey, FilterRule> rules = new EnumMap<>(FilterKey.class);
        Map<FilterKey, List<String>> ordered = new EnumMap<>(FilterKey.class);
        ordered.putAll(lists);
        for (Map.Entry<FilterKey, List<String>> entry : ordered.entrySet()) {
            FilterKey key = entry.getKey();
            if (key.kind() == ListKind.IGNORE && lists.containsKey(key.twin())) {
                errors.add(FilterError.conflict(key));
            }
            switch (PatternList.compile(entry.getValue(), key.kind())) {
                case Compiled.Ok<PatternList> ok -> rules.put(key, key.kind() == ListKind.INCLUDE
                        ? new FilterRule.Include(ok.value()) : new FilterRule.Ignore(ok.value()));
                case Compiled.Invalid<PatternList> invalid ->
                        invalid.errors().forEach(e -> errors.add(FilterError.of(key, e)));
            }
        }
        if (!errors.isEmpty()) {
            return new Compilation.Invalid(errors);
        }
        return new Compilation.Ok(new TriggerFilter(
                rule(rules, FilterKey.BRANCHES), rule(rules, FilterKey.TAGS), rule(rules, FilterKey.PATHS)));
    }

    private static FilterRule rule(Map<FilterKey, FilterRule> rules, FilterKey include) {
        FilterRule rule = rules.get(include);
        return rule != null ? rule : rules.getOrDefault(include.twin(), new FilterRule.None());
    }

    /**
     * Whether an event on {@code ref} that changed {@code changes} starts the workflow, as GitHub decides:
     * <ul>
     *   <li>the ref passes the filter of its kind (branches for a branch, tags for a tag);</li>
     *   <li>when only the other kind has a filter, the event does not pass (a workflow with only {@code tags}
     *       does not run for branch pushes, and the reverse);</li>
     *   <li>for a branch, the changes pass the path filter; path filters are not evaluated for tags.</li>
     * </ul>
     */
    public boolean admits(GitRef ref, ChangedFiles changes) {
        FilterRule own = ref instanceof GitRef.Tag ? tags : branches;
        FilterRule other = ref instanceof GitRef.Tag ? branches : tags;
        if (!own.isPresent() && other.isPresent()) {
            return false;
        }
        if (!own.admitsRef(ref.name())) {
            return false;
        }
        return ref instanceof GitRef.Tag || paths.admitsChanges(changes);
    }

    /** Whether a change passes the path filter alone (for events that have no ref filter, or none of their own). */
    public boolean admitsChanges(ChangedFiles changes) {
        return paths.admitsChanges(changes);
    }
}
