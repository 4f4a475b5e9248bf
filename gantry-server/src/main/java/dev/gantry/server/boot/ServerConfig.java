package dev.gantry.server.boot;

import dev.gantry.server.schedule.MissedSchedules;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server starts with: the host and port to listen on (port 0: any free port), the data folder and an
 * optional database URL (see {@code StoreLocation.of}), an admin token given by the operator (from
 * {@code GANTRY_ADMIN_TOKEN}), if any, and what schedules do with fire times missed while the server was down.
 */
public record ServerConfig(String host, int port, Path dataDir, Optional<String> dbUrl,
                           Optional<String> adminToken, MissedSchedules missedSchedules) {

    public static final String ADMIN_TOKEN_VARIABLE = "GANTRY_ADMIN_TOKEN";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port + ": use 0 to 65535");
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(dbUrl, "dbUrl");
        adminToken = adminToken.filter(t -> !t.isBlank());
        Objects.requireNonNull(missedSchedules, "missedSchedules");
    }

    /** A configuration whose schedules fire missed times once ({@link MissedSchedules#ONCE}). */
    public ServerConfig(String host, int port, Path dataDir, Optional<String> dbUrl, Optional<String> adminToken) {
        this(host, port, dataDir, dbUrl, adminToken, MissedSchedules.ONCE);
    }
}
