package dev.gantry.workflow.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of compiled filter patterns, applied as GitHub applies them: an input is selected when the
 * last pattern that matches it is a positive one. So a later {@code !pattern} un-selects what an earlier one
 * selected, and a later positive pattern selects it again. Immutable and safe to share between threads.
 */
public record PatternList(List<FilterPattern> patterns) {

    /** Longer lists are rejected as errors: a guard against pathological input, far above real use. */
    public static final int MAX_PATTERNS = 1000;

    public PatternList {
        patterns = List.copyOf(patterns);
    }

    /**
     * Compiles every pattern of {@code sources}, reporting all errors at once (each with its index in the list).
     * In an {@link ListKind#IGNORE} list a leading {@code !} is an error, as on GitHub.
     */
    public static Compiled<PatternList> compile(List<String> sources, ListKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (sources.size() > MAX_PATTERNS) {
            return new Compiled.Invalid<>(List.of(new PatternError(MAX_PATTERNS, sources.get(MAX_PATTERNS),
                    "a filter may hold at most %d patterns".formatted(MAX_PATTERNS), 0)));
        }
        List<FilterPattern> compiled = new ArrayList<>(sources.size());
        List<PatternError> errors = new ArrayList<>();
        for (int index = 0; index < sources.size(); index++) {
            int i = index;
            String source = sources.get(i);
            if (kind == ListKind.IGNORE && source.startsWith("!")) {
                errors.add(new PatternError(i, source,
                        "'!' cannot negate a pattern in an -ignore filter; use the include filter instead", 0));
            }
            switch (FilterPattern.compile(source)) {
                case Compiled.Ok<FilterPattern> ok -> compiled.add(ok.value());
                case Compiled.Invalid<FilterPattern> invalid -> invalid.errors().forEach(e -> errors.add(e.at(i)));
            }
        }
        return errors.isEmpty() ? new Compiled.Ok<>(new PatternList(compiled)) : new Compiled.Invalid<>(errors);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether {@code input} is selected: the last pattern matching it is not negated. */
    public boolean selects(String input) {
        for (int i = patterns.size() - 1; i >= 0; i--) {
            FilterPattern pattern = patterns.get(i);
            if (pattern.matches(input)) {
                return !pattern.negated();
            }
        }
        return false;
    }

    /** Whether at least one of {@code inputs} is selected (false for no inputs). */
    public boolean selectsAny(Collection<String> inputs) {
        return inputs.stream().anyMatch(this::selects);
    }

    /** Whether every one of {@code inputs} is selected (true for no inputs). */
    public boolean selectsAll(Collection<String> inputs) {
        return inputs.stream().allMatch(this::selects);
    }
}
