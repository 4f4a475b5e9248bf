package dev.gantry.server.run;

import dev.gantry.server.store.EmbeddedPostgresServer;
import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The coordinator suite on a real PostgreSQL (embedded binaries). */
class PostgresRunCoordinatorTest extends RunCoordinatorSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreLocation location(Path dir) throws Exception {
        return new StoreLocation.Postgres(EmbeddedPostgresServer.freshDatabaseUrl("coordinator_"
                + DATABASES.incrementAndGet()));
    }
}
