package dev.gantry.runner.host;

import dev.gantry.runner.shell.ShellLookup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a step's process as the leader of a process group of its own, and ends the whole tree it grew.
 *
 * <p>With {@code setsid} on the host, the process leads a new process group whose id is its pid, so a
 * signal to the group reaches every process it started, even those whose parent already exited. Ending a tree:
 * SIGTERM to the group and to every descendant ({@link ProcessHandle#descendants()}), up to {@code grace} for them
 * to exit, then SIGKILL to the same. Blocking; safe to call from any thread, more than once.
 */
final class ProcessTree {

    private static final Optional<Path> SETSID = ShellLookup.ON_PATH.find("setsid", "/usr/bin:/bin:/usr/sbin:/sbin");
    private static final Optional<Path> KILL = ShellLookup.ON_PATH.find("kill", "/usr/bin:/bin:/usr/sbin:/sbin");

    private ProcessTree() {}

    /**
     * Starts {@code command} in {@code directory} with exactly {@code environment}; standard error is merged into
     * standard output, standard input is empty.
     */
    static Process start(List<String> command, Path directory, Map<String, String> environment) throws IOException {
        List<String> line = new ArrayList<>();
        SETSID.ifPresent(setsid -> line.addAll(List.of(setsid.toString(), "--wait")));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (SETSID.isPresent()) {
            LiveGroups.started(process.pid());
        }
        return process;
    }

    /** Ends {@code process} and all its descendants: SIGTERM, up to {@code grace}, then SIGKILL. */
    static void kill(Process process, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        signalGroup(process.pid(), "TERM");
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                break;
            }
        }
        // descendants that appeared meanwhile are caught by the group signal and by this second look
        tree.addAll(process.descendants().toList());
        signalGroup(process.pid(), "KILL");
        tree.forEach(ProcessHandle::destroyForcibly);
        boolean interrupted = Thread.interrupted();
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGKILL to what is left of the process groups the steps' processes led (their background processes), with one
     * {@code kill} for all of them; none at all when {@link LiveGroups} sees that every group is already empty.
     */
    static void killGroups(Collection<Long> leaderPids) {
        if (leaderPids.isEmpty() || SETSID.isEmpty() || KILL.isEmpty() || !LiveGroups.anyAlive(leaderPids)) {
            return;
        }
        signal(leaderPids, "KILL");
    }

    private static void signalGroup(long pid, String signal) {
        if (SETSID.isEmpty() || KILL.isEmpty()) {
            return;
        }
        signal(List.of(pid), signal);
    }

    private static void signal(Collection<Long> groups, String signal) {
        List<String> line = new ArrayList<>(List.of(KILL.get().toString(), "-" + signal, "--"));
        groups.forEach(group -> line.add("-" + group));
        try {
            Process kill = new ProcessBuilder(line)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no group to signal, or no way to: the descendants are signalled one by one anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
