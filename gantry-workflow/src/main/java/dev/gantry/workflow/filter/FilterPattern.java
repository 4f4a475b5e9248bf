package dev.gantry.workflow.filter;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One compiled filter pattern such as {@code releases/**}, {@code v[12].[0-9]+} or {@code !docs/**}.
 * Immutable and safe to share between threads; matching allocates no new pattern.
 *
 * @param source  the pattern as written, including any leading {@code !}
 * @param negated whether it starts with {@code !}: a match un-selects instead of selecting
 * @param regex   the anchored regular expression the rest of the pattern compiles to
 */
public record FilterPattern(String source, boolean negated, Pattern regex) {

    /** Longer patterns are rejected as errors; real branch and path patterns are far shorter. */
    public static final int MAX_LENGTH = 1024;

    public FilterPattern {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(regex, "regex");
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
            case Compiled.Ok<String> ok ->
                    new Compiled.Ok<>(new FilterPattern(source, negated, Pattern.compile(ok.value(), Pattern.DOTALL)));
            case Compiled.Invalid<String> invalid -> new Compiled.Invalid<>(invalid.errors());
        };
    }

    /** Whether the pattern, ignoring any negation, matches the whole of {@code input}. */
    public boolean matches(String input) {
        return regex.matcher(input).matches();
    }

    @Override
    public String toString() {
        return source;
    }
}
