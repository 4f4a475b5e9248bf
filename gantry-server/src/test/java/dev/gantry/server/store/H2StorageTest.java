package dev.gantry.server.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The storage suite on the embedded H2 database, in a fresh data folder per test. */
class H2StorageTest extends StorageSuite {

    @TempDir
    Path dataDir;

    @Override
    StoreLocation freshLocation() {
        return new StoreLocation.Embedded(dataDir.resolve("data"));
    }
}
