package dev.gantry.server.hook;

import dev.gantry.server.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The webhook suite on the embedded H2 database, in a fresh data folder per test. */
class H2WebhookTest extends WebhookSuite {

    @TempDir
    Path dataDir;

    @Override
    StoreLocation freshLocation() {
        return new StoreLocation.Embedded(dataDir.resolve("data"));
    }
}
