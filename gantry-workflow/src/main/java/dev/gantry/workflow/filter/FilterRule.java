package dev.gantry.workflow.filter;

import java.util.Objects;

/**
 * What one kind of filter (branches, tags or paths) of an event says: nothing, an include list, or an ignore list.
 * An empty list filters nothing, as in act.
 */
public sealed interface FilterRule {

    /** Neither the include nor the ignore key is present. */
    record None() implements FilterRule {}

    /** {@code branches}, {@code tags} or {@code paths}. */
    record Include(PatternList patterns) implements FilterRule {
        public Include {
            Objects.requireNonNull(patterns, "patterns");
        }
    }

    /** {@code branches-ignore}, {@code tags-ignore} or {@code paths-ignore}. */
    record Ignore(PatternList patterns) implements FilterRule {
        public Ignore {
            Objects.requireNonNull(patterns, "patterns");
        }
    }

    default boolean isPresent() {
        return !(this instanceof None);
    }

    /** Whether a ref named {@code name} passes: an include list selects it, or an ignore list does not. */
    default boolean admitsRef(String name) {
        return switch (this) {
            case None none -> true;
            case Include include -> include.patterns.isEmpty() || include.patterns.selects(name);
            case Ignore ignore -> ignore.patterns.isEmpty() || !ignore.patterns.selects(name);
        };
    }

    /**
     * Whether a change passes: for {@code paths}, at least one changed file is selected; for {@code paths-ignore},
     * at least one changed file is not ignored (so a change of ignored files only is skipped). An unknown diff
     * always passes.
     */
    default boolean admitsChanges(ChangedFiles changes) {
        if (!(changes instanceof ChangedFiles.Known(var paths))) {
            return true;
        }
        return switch (this) {
            case None none -> true;
            case Include include -> include.patterns.isEmpty() || include.patterns.selectsAny(paths);
            case Ignore ignore -> ignore.patterns.isEmpty() || !ignore.patterns.selectsAll(paths);
        };
    }
}
