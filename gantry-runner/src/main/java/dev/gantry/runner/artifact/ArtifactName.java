package dev.gantry.runner.artifact;

import java.util.Optional;

/**
 * The rules for an artifact name: GitHub's (not empty; none of {@code " : < > | * ? \ /}, carriage return or line
 * feed, which some file systems cannot hold), and this store's own ({@code .} and {@code ..} and names starting
 * with {@code .gantry-} are taken by the store's layout).
 */
public final class ArtifactName {

    static final String RESERVED_PREFIX = ".gantry-";
    private static final String FORBIDDEN = "\":<>|*?\\/\r\n";

    private ArtifactName() {}

    /** Why {@code name} cannot be an artifact name, as one sentence; empty when it can. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("The artifact name must not be empty.");
        }
        for (char c : name.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0) {
                String shown = switch (c) {
                    case '\r' -> "carriage return";
                    case '\n' -> "line feed";
                    default -> "'" + c + "'";
                };
                return Optional.of("The artifact name '%s' is not valid: it contains %s, and names may not contain "
                        .formatted(name.replace("\n", "\\n").replace("\r", "\\r"), shown)
                        + "\" : < > | * ? \\ / or line breaks.");
            }
        }
        if (name.equals(".") || name.equals("..") || name.startsWith(RESERVED_PREFIX)) {
            return Optional.of("The artifact name '%s' is not valid: it is reserved.".formatted(name));
        }
        return Optional.empty();
    }
}
