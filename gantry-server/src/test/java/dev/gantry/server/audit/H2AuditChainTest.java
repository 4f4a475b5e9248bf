package dev.gantry.server.audit;

import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;

/** The audit chain suite on embedded H2. */
class H2AuditChainTest extends AuditChainSuite {

    @Override
    StoreLocation location(Path dir) {
        return new StoreLocation.Embedded(dir.resolve("data"));
    }
}
