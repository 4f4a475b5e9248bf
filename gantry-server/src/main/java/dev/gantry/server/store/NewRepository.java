package dev.gantry.server.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A repository to register. Owner and name are what GitHub allows: 1–100 of letters, digits, {@code - _ .},
 * and not {@code .} or {@code ..}; anything else is refused here with a message naming it.
 */
public record NewRepository(String owner, String name, Repository.Source source, String defaultBranch) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public NewRepository {
        check("owner", owner);
        check("name", name);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(defaultBranch, "defaultBranch");
        if (defaultBranch.isBlank() || defaultBranch.length() > 255) {
            throw new IllegalArgumentException("invalid default branch \"" + defaultBranch + "\"");
        }
    }

    private static void check(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!SEGMENT.matcher(value).matches() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("invalid repository " + what + " \"" + value
                    + "\": use 1 to 100 letters, digits, '-', '_' or '.'");
        }
    }
}
