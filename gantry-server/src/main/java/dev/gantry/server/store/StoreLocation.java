package dev.gantry.server.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the server keeps its state: an embedded H2 database in a data folder, or a PostgreSQL database. */
public sealed interface StoreLocation {

    /** An H2 database in files under {@code dataDir}, created on first use. */
    record Embedded(Path dataDir) implements StoreLocation {
        public Embedded {
            Objects.requireNonNull(dataDir, "dataDir");
        }
    }

    /** A PostgreSQL database by JDBC URL ({@code jdbc:postgresql://host:port/db?user=…&password=…}). */
    record Postgres(String jdbcUrl) implements StoreLocation {
        public Postgres {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        }

        /** The URL without its parameters, which may hold a password: safe to print. */
        public String printable() {
            int query = jdbcUrl.indexOf('?');
            return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        }
    }

    /**
     * The location a server is started with: {@code --db-url} when given, else the data folder. An explicit
     * H2 URL is accepted too; any other kind of URL is refused with a message.
     */
    static StoreLocation of(Optional<String> dbUrl, Path dataDir) throws StoreUnavailableException {
        if (dbUrl.isEmpty()) {
            return new Embedded(dataDir);
        }
        String url = dbUrl.get().trim();
        if (url.startsWith("jdbc:postgresql:")) {
            return new Postgres(url);
        }
        if (url.startsWith("jdbc:h2:file:")) {
            Path file = Path.of(url.substring("jdbc:h2:file:".length()).split(";", 2)[0]).toAbsolutePath();
            return new Embedded(file.getParent());
        }
        throw new StoreUnavailableException("Unsupported database URL \"" + new Postgres(url).printable()
                + "\": use jdbc:postgresql://HOST:PORT/DATABASE, or leave --db-url out for the embedded database.");
    }
}
