package dev.gantry.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An open store: a connection pool on H2 or PostgreSQL, migrated to the newest schema on open. Thread-safe;
 * every {@link #transaction} borrows a connection, runs the work, commits, and gives it back. Close it once, when
 * the server stops.
 */
public final class Database implements AutoCloseable {

    /**
     * H2 in PostgreSQL mode (so one migration serves both), lower-case names as PostgreSQL folds them, and
     * {@code WRITE_DELAY=0}: each commit is written to the file before {@code commit} returns, so a process killed
     * right after a commit keeps it (H2's default delay of 500 ms loses it).
     */
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";

    private final HikariDataSource pool;
    private final Clock clock;
    private final String description;

    private Database(HikariDataSource pool, Clock clock, String description) {
        this.pool = pool;
        this.clock = clock;
        this.description = description;
    }

    /** Opens and migrates the store with the system clock. Blocks until the database answers or fails. */
    public static Database open(StoreLocation location) throws StoreUnavailableException {
        return open(location, Clock.systemUTC());
    }

    /**
     * Opens the store at {@code location}, creating the data folder and the database when missing, and applies
     * the migrations it lacks (an existing database keeps its data). Stores stamp times from {@code clock}.
     *
     * @throws StoreUnavailableException with a one-sentence message when the folder cannot be written, the
     *                                   database cannot be reached or is in use, or a migration fails
     */
    public static Database open(StoreLocation location, Clock clock) throws StoreUnavailableException {
        Objects.requireNonNull(clock, "clock");
        HikariConfig config = new HikariConfig();
        config.setPoolName("gantry-store");
        config.setAutoCommit(false);
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(10_000);
        String description = switch (location) {
            case StoreLocation.Embedded e -> {
                Path file = prepareDataDir(e.dataDir()).resolve("gantry");
                config.setJdbcUrl("jdbc:h2:file:" + file + H2_OPTIONS);
                config.setUsername("sa");
                config.setPassword("");
                yield "the embedded database in " + e.dataDir();
            }
            case StoreLocation.Postgres p -> {
                config.setJdbcUrl(p.jdbcUrl());
                yield "the database at " + p.printable();
            }
        };
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open " + description + ": " + reason(e) + ".", e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreUnavailableException("Cannot migrate " + description + ": " + reason(e) + ".", e);
        }
        return new Database(pool, clock, description);
    }

    /**
     * Runs {@code work} in one transaction and commits it; on any exception the transaction is rolled back.
     * Blocks for the database. A {@link SQLException} becomes a {@link StoreFailure}.
     */
    public <T> T transaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(new Transaction(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreFailure("storage failed on " + description, e);
        }
    }

    /** Now, as stores record it: the clock's instant at microsecond precision (what both databases keep). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What this store is, for messages: "the embedded database in DIR" or "the database at URL". */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** One transaction's work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction tx) throws SQLException;
    }

    private static Path prepareDataDir(Path dataDir) throws StoreUnavailableException {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".write-check", "");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StoreUnavailableException("The data directory " + absolute + " cannot be written ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
        return absolute;
    }

    /** The most telling message in the cause chain (an unknown host, else the driver's), cut to one sentence. */
    private static String reason(Throwable e) {
        Throwable telling = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (telling == null && t instanceof SQLException) {
                telling = t;
            }
            if (telling == null && t.getCause() == null) {
                telling = t;
            }
        }
        String message = telling == null || telling.getMessage() == null ? e.toString() : telling.getMessage();
        if (message.contains("Database may be already in use")) {
            return "the database files are in use by another process (is another Gantry server running?)";
        }
        message = message.lines().findFirst().orElse(message).strip();
        int sentence = message.indexOf(". ");
        message = sentence > 0 ? message.substring(0, sentence) : message;
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
