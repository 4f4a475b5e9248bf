package dev.gantry.workflow.filter;

import java.util.List;
import java.util.Objects;

/**
 * One compiled filter pattern such as {@code releases/**}, {@code v[12].[0-9]+} or {@code !docs/**}.
 * Immutable and safe to share between threads. Matching takes time linear in the input times the pattern length,
 * whatever the pattern (there is no backtracking), so patterns from untrusted workflow files are safe to run.
 * Two patterns are equal when their sources are.
 */
public final class FilterPattern {

    /** Longer patterns are rejected as errors; real branch and path patterns are far shorter. */
    public static final int MAX_LENGTH = 1024;

    private final String source;
    private final boolean negated;
    private final GlobMatcher matcher;

    private FilterPattern(String source, boolean negated, GlobMatcher matcher) {
        this.source = source;
        this.negated = negated;
        this.matcher = matcher;
    }

    /** Compiles {@code source}; a leading {@code !} negates, {@code \!} is a literal {@code !}. */
    public static Compiled<FilterPattern> compile(String source) {
        Objects.requireNonNull(source, "source");
        if (source.length() > MAX_LENGTH) {
            return new Compiled.Invalid<>(List.of(new PatternError(0, source,
                    "pattern is longer than %d characters".formatted(MAX_LENGTH), MAX_LENGTH)));
        }
        boolean negated = source.startsWith("!");
        return switch (GlobTranslator.translate(source, negated ? 1 : 0)) {
            case Compiled.Ok<GlobMatcher> ok -> new Compiled.Ok<>(new FilterPattern(source, negated, ok.value()));
            case Compiled.Invalid<GlobMatcher> invalid -> new Compiled.Invalid<>(invalid.errors());
        };
    }

    /** The pattern as written, including any leading {@code !}. */
    public String source() {
        return source;
    }

    /** Whether the pattern starts with {@code !}: a match un-selects instead of selecting. */
    public boolean negated() {
        return negated;
    }

    /** Whether the pattern, ignoring any negation, matches the whole of {@code input}. */
    public boolean matches(String input) {
        return matcher.matches(Objects.requireNonNull(input, "input"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterPattern p && p.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
