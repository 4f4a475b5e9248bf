package dev.gantry.runner.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The labels on every container, network and volume the runner creates: {@value #JOB} = {@code <run>/<job>} says
 * what it belongs to, {@value #OWNER} = {@code <host>:<boot id>:<pid>:<process start>} which runner process made it, so
 * that {@link ContainerJanitor} removes only what a process that no longer runs left behind.
 */
public record ResourceLabels(String job, String owner) {

    public static final String JOB = "dev.gantry.job";
    public static final String OWNER = "dev.gantry.owner";

    public ResourceLabels {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(owner, "owner");
    }

    /** Labels for a job of this process. */
    public static ResourceLabels of(String runId, String jobKey) {
        return new ResourceLabels(runId + "/" + jobKey, owner(ProcessHandle.current()));
    }

    public Map<String, String> asMap() {
        return Map.of(JOB, job, OWNER, owner);
    }

    /** The owner label of a live process. */
    static String owner(ProcessHandle process) {
        String started = process.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("?");
        return hostName() + ":" + bootId() + ":" + process.pid() + ":" + started;
    }

    /**
     * Whether the process an owner label names may still run: a label of another machine (another host name) is
     * never judged; on this machine the process must run now, since this boot, with the same start time.
     */
    static boolean ownerAlive(String owner) {
        String[] parts = owner.split(":");
        if (parts.length != 4 || !parts[0].equals(hostName())) {
            return true;
        }
        if (!parts[1].equals(bootId()) || !parts[2].matches("\\d{1,18}")) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[2]));
        return process.isPresent() && process.get().isAlive() && owner(process.get()).equals(owner);
    }

    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip().replace(":", "_");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown-host";
        }
    }

    private static String bootId() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown-boot";
        }
    }
}
