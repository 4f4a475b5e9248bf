package dev.gantry.server.run;

import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;

/** The coordinator suite on embedded H2. */
class H2RunCoordinatorTest extends RunCoordinatorSuite {

    @Override
    StoreLocation location(Path dir) {
        return new StoreLocation.Embedded(dir.resolve("data"));
    }
}
