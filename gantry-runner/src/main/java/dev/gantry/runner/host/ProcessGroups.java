package dev.gantry.runner.host;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process groups the steps of every running job of this JVM lead, so that none outlives the JVM: when it
 * exits before a job could end them (a second Ctrl-C, {@code System.exit}), a shutdown hook kills what is left.
 * A job adds each step's group as it starts and removes its groups once it has killed them at its end. Thread-safe.
 */
final class ProcessGroups {

    private static final Set<Long> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<Long> left = List.copyOf(LIVE);
            if (!left.isEmpty()) {
                ProcessTree.killGroups(left);
            }
        }, "gantry-step-reaper"));
    }

    private ProcessGroups() {}

    static void started(long leader) {
        LIVE.add(leader);
    }

    static void ended(List<Long> leaders) {
        leaders.forEach(LIVE::remove);
    }

    /** The groups still registered (for tests). */
    static Set<Long> live() {
        return Set.copyOf(LIVE);
    }
}
