package dev.gantry.server.boot;

import dev.gantry.server.schedule.MissedSchedules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server starts with: the host and port to listen on (port 0: any free port), the data folder and an
 * optional database URL (see {@code StoreLocation.of}), an admin token given by the operator (from
 * {@code GANTRY_ADMIN_TOKEN}), if any, what schedules do with fire times missed while the server was down, how
 * long job logs are kept after their job completed, and whether the jobs of a lost agent are queued again for
 * another agent instead of failing.
 */
public record ServerConfig(String host, int port, Path dataDir, Optional<String> dbUrl,
                           Optional<String> adminToken, MissedSchedules missedSchedules, Duration logRetention,
                           boolean requeueLostJobs) {

    /** GitHub's default retention of logs. */
    public static final Duration DEFAULT_LOG_RETENTION = Duration.ofDays(90);

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
        if (logRetention.isNegative() || logRetention.isZero()) {
            throw new IllegalArgumentException("the log retention must be positive, not " + logRetention);
        }
    }

    /** Logs kept 90 days; a lost agent's jobs fail. */
    public ServerConfig(String host, int port, Path dataDir, Optional<String> dbUrl, Optional<String> adminToken,
                        MissedSchedules missedSchedules) {
        this(host, port, dataDir, dbUrl, adminToken, missedSchedules, DEFAULT_LOG_RETENTION, false);
    }

    /** A configuration whose schedules fire missed times once ({@link MissedSchedules#ONCE}). */
    public ServerConfig(String host, int port, Path dataDir, Optional<String> dbUrl, Optional<String> adminToken) {
        this(host, port, dataDir, dbUrl, adminToken, MissedSchedules.ONCE);
    }
}
