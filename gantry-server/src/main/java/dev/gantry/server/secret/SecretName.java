package dev.gantry.server.secret;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret's name as GitHub allows it: letters, digits and {@code _}, not starting with a digit or with
 * {@code GITHUB_}. Names are case-insensitive, so the value is upper-case, as GitHub stores them.
 */
public record SecretName(String value) {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 255;

    private static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    public SecretName {
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(value).matches() || value.length() > MAX_LENGTH || value.startsWith("GITHUB_")) {
            throw new IllegalArgumentException("invalid secret name \"" + value + "\"");
        }
    }

    /**
     * The name {@code given} stands for, upper-cased.
     *
     * @throws IllegalArgumentException with a sentence saying which rule it breaks
     */
    public static SecretName of(String given) {
        Objects.requireNonNull(given, "given");
        String upper = given.toUpperCase(Locale.ROOT);
        if (given.isEmpty() || given.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("invalid secret name \"" + given + "\": use 1 to " + MAX_LENGTH
                    + " letters, digits or '_'");
        }
        if (!upper.matches("[A-Z0-9_]*")) {
            throw new IllegalArgumentException("invalid secret name \"" + given
                    + "\": use only letters, digits and '_'");
        }
        if (Character.isDigit(upper.charAt(0))) {
            throw new IllegalArgumentException("invalid secret name \"" + given + "\": it must not start with a digit");
        }
        if (upper.startsWith("GITHUB_")) {
            throw new IllegalArgumentException("invalid secret name \"" + given
                    + "\": names starting with GITHUB_ are reserved");
        }
        return new SecretName(upper);
    }

    @Override
    public String toString() {
        return value;
    }
}
