package dev.gantry.server.secret;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which secrets a workflow's text refers to, read from the text itself so that nothing is resolved for a secret
 * the workflow never names. Case-insensitive, as expressions are:
 * <ul>
 *   <li>{@code secrets.NAME}, {@code secrets['NAME']} and {@code secrets["NAME"]} name one secret each, wherever
 *       they appear (expressions inside and outside {@code ${{ }}}, {@code if:} conditions, a reusable workflow
 *       call's {@code secrets:} mapping);</li>
 *   <li>{@code secrets: inherit} (a call passing every secret on), and {@code secrets} used whole inside
 *       {@code ${{ }}} — {@code toJSON(secrets)}, {@code secrets[format(…)]} — refer to all of them.</li>
 * </ul>
 * A name in a comment counts too: reading the text errs towards giving a named secret, never towards missing one.
 * Pure; thread-safe.
 */
public sealed interface SecretReferences {

    /** Every secret of the repository. */
    record All() implements SecretReferences {}

    /** The secrets by these upper-case names (maybe none). */
    record Named(Set<String> names) implements SecretReferences {
        public Named {
            names = Set.copyOf(names);
        }
    }

    Pattern BY_NAME = Pattern.compile(
            "(?<![\\w.-])secrets\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*'([^']*)'\\s*]|\\[\\s*\"([^\"]*)\"\\s*])",
            Pattern.CASE_INSENSITIVE);
    Pattern INHERIT = Pattern.compile("(?m)^[\\s-]*secrets\\s*:\\s*['\"]?inherit['\"]?\\s*(?:#.*)?$",
            Pattern.CASE_INSENSITIVE);
    Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
    Pattern WHOLE = Pattern.compile("(?<![\\w.-])secrets(?![\\w-])(?!\\s*\\.\\s*[A-Za-z_])"
            + "(?!\\s*\\[\\s*'[^']*'\\s*])(?!\\s*\\[\\s*\"[^\"]*\"\\s*])", Pattern.CASE_INSENSITIVE);

    /** The secrets {@code workflowText} refers to. */
    static SecretReferences in(String workflowText) {
        if (INHERIT.matcher(workflowText).find()) {
            return new All();
        }
        Matcher expressions = EXPRESSION.matcher(workflowText);
        while (expressions.find()) {
            if (WHOLE.matcher(withoutStrings(expressions.group(1))).find()) {
                return new All();
            }
        }
        Set<String> names = new TreeSet<>();
        Matcher named = BY_NAME.matcher(workflowText);
        while (named.find()) {
            String name = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2)
                    : named.group(3);
            names.add(name.toUpperCase(Locale.ROOT));
        }
        return new Named(names);
    }

    /** An expression with its string literals blanked ({@code 'no secrets here'} names nothing). */
    private static String withoutStrings(String expression) {
        return expression.replaceAll("'(?:[^']|'')*'", "''");
    }

    /** Whether the secret {@code name} (upper-case) is one of these. */
    default boolean includes(String name) {
        return switch (this) {
            case All a -> true;
            case Named n -> n.names().contains(name);
        };
    }
}
