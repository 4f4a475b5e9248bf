package dev.gantry.server.secret;

import dev.gantry.server.store.EmbeddedPostgresServer;
import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The secrets suite on a real PostgreSQL (embedded binaries). */
class PostgresSecretsTest extends SecretsSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreLocation location(Path dir) throws Exception {
        return new StoreLocation.Postgres(EmbeddedPostgresServer.freshDatabaseUrl("secrets_"
                + DATABASES.incrementAndGet()));
    }
}
