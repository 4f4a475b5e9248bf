package dev.gantry.server.store;

import java.nio.file.Path;

/**
 * Run as its own process by {@link KilledProcessTest}: records {@code args[1]} deliveries in the embedded store
 * at {@code args[0]}, one transaction each, says so, and stops the JVM at once — no close, no shutdown hooks,
 * as SIGKILL would.
 */
public final class CommitThenHalt {

    private CommitThenHalt() {}

    public static void main(String[] args) throws Exception {
        Database db = Database.open(new StoreLocation.Embedded(Path.of(args[0])));
        DeliveryStore deliveries = new DeliveryStore(db);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            deliveries.record("github", "delivery-" + i, "push");
        }
        System.out.println("committed " + count);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
