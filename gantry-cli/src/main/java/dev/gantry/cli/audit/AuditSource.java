package dev.gantry.cli.audit;

import dev.gantry.api.rest.GantryClient;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where an audit command reads the log: a database opened directly ({@code --data-dir}, {@code --db-url}), or a
 * server ({@code --server}, {@code --token}, else the environment). Resolving it never opens anything.
 */
final class AuditSource {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Read the embedded database in this folder (offline).")
    private Optional<Path> dataDir = Optional.empty();

    @Option(names = "--db-url", paramLabel = "URL", description = "Read this PostgreSQL database (offline).")
    private Optional<String> dbUrl = Optional.empty();

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask this Gantry server (default: $" + GantryClient.SERVER_VARIABLE + ").")
    private Optional<String> server = Optional.empty();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "An admin token of the server (default: $" + GantryClient.TOKEN_VARIABLE + ").")
    private Optional<String> token = Optional.empty();

    /** The resolved place to read. */
    sealed interface Place {
        record Offline(StoreLocation location) implements Place {}

        record Online(GantryClient client) implements Place {}

        /** Nothing usable was named: one sentence saying what to pass. */
        record Unusable(String message) implements Place {}
    }

    Place resolve() {
        if (dataDir.isPresent() || dbUrl.isPresent()) {
            if (server.isPresent()) {
                return new Place.Unusable("pass --server or --data-dir/--db-url, not both");
            }
            if (dbUrl.isEmpty() && !Files.isRegularFile(dataDir.get().resolve("gantry.mv.db"))) {
                return new Place.Unusable("there is no Gantry database in " + dataDir.get());
            }
            try {
                return new Place.Offline(StoreLocation.of(dbUrl, dataDir.orElse(Path.of("."))));
            } catch (StoreUnavailableException e) {
                return new Place.Unusable(trimmed(e.getMessage()));
            }
        }
        Optional<String> url = setting(server, GantryClient.SERVER_VARIABLE);
        Optional<String> secret = setting(token, GantryClient.TOKEN_VARIABLE);
        if (url.isEmpty()) {
            return new Place.Unusable("name the log: --data-dir DIR or --db-url URL (offline), or --server URL");
        }
        if (secret.isEmpty()) {
            return new Place.Unusable("no token: pass --token TOKEN or set " + GantryClient.TOKEN_VARIABLE);
        }
        try {
            return new Place.Online(GantryClient.of(url.get(), secret.get()));
        } catch (IllegalArgumentException e) {
            return new Place.Unusable(e.getMessage());
        }
    }

    static String trimmed(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static Optional<String> setting(Optional<String> flag, String variable) {
        return flag.or(() -> Optional.ofNullable(System.getenv(variable))).map(String::trim).filter(s -> !s.isEmpty());
    }
}
