package dev.gantry.cli;

import dev.gantry.runner.store.ActionStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The user's Gantry home: {@code $GANTRY_HOME}, else {@code ~/.gantry}. It holds the action store by default
 * ({@code <home>/actions}, or {@code $GANTRY_ACTION_STORE}) and the local copies of a git server store.
 *
 * @param path absolute
 */
public record GantryHome(Path path) {

    public static final String HOME_VARIABLE = "GANTRY_HOME";
    public static final String STORE_VARIABLE = "GANTRY_ACTION_STORE";

    public GantryHome {
        path = path.toAbsolutePath().normalize();
    }

    /** The home of the user running this process. */
    public static GantryHome current() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static GantryHome of(Map<String, String> env, Path userHome) {
        return new GantryHome(nonBlank(env.get(HOME_VARIABLE)).map(Path::of).orElse(userHome.resolve(".gantry")));
    }

    /** The action store to use: {@code option} ({@code --store}) when given, else the environment, else the default. */
    public String actionStore(Optional<String> option, Map<String, String> env) {
        return option.flatMap(GantryHome::nonBlank)
                .or(() -> nonBlank(env.get(STORE_VARIABLE)))
                .orElse(path.resolve("actions").toString());
    }

    /**
     * Where checkouts of {@code store}'s actions go: inside a folder store ({@code <store>/.checkouts}); for a git
     * server, a folder of this home kept for that server alone.
     */
    public Path actionCache(String store) {
        if (!ActionStores.isUrl(store)) {
            return Path.of(store).resolve(".checkouts");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(store.getBytes(StandardCharsets.UTF_8));
            return path.resolve("cache").resolve("action-mirrors").resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
