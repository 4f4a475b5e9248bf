package dev.gantry.server.audit;

import dev.gantry.server.store.EmbeddedPostgresServer;
import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The audit chain suite on a real PostgreSQL (embedded binaries). */
class PostgresAuditChainTest extends AuditChainSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    StoreLocation location(Path dir) throws Exception {
        return new StoreLocation.Postgres(EmbeddedPostgresServer.freshDatabaseUrl("audit_"
                + DATABASES.incrementAndGet()));
    }
}
