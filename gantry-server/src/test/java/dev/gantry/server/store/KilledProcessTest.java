package dev.gantry.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded database acknowledged survives the process stopping dead right after (no close, no hooks). */
class KilledProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void everyCommitSurvivesTheProcessHaltingImmediatelyAfterIt() throws Exception {
        for (int round = 1; round <= 2; round++) {
            Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    CommitThenHalt.class.getName(), dataDir.toString(), "50")
                    .redirectErrorStream(true).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).contains("committed 50");

            try (Database db = Database.open(new StoreLocation.Embedded(dataDir))) {
                List<String> ids = db.transaction(tx -> tx.list("SELECT delivery_id FROM webhook_deliveries",
                        row -> row.string("delivery_id")));
                assertThat(ids).as("round %d", round).hasSize(50);
                assertThat(new DeliveryStore(db).record("github", "delivery-49", "push"))
                        .isInstanceOf(DeliveryStore.Receipt.Duplicate.class);
            }
        }
    }

    private static String javaCommand() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("cannot find this JVM's java"));
    }
}
