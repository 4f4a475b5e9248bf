package dev.gantry.server.secret;

import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;

/** The secrets suite on embedded H2. */
class H2SecretsTest extends SecretsSuite {

    @Override
    StoreLocation location(Path dir) {
        return new StoreLocation.Embedded(dir.resolve("data"));
    }
}
