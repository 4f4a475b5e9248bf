package dev.gantry.server.schedule;

import dev.gantry.server.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The schedule suite on the embedded H2 database, in a fresh data folder per test. */
class H2ScheduleTest extends ScheduleSuite {

    @TempDir
    Path dataDir;

    @Override
    StoreLocation freshLocation() {
        return new StoreLocation.Embedded(dataDir.resolve("data"));
    }
}
