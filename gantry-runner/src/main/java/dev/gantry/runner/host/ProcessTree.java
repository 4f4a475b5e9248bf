package dev.gantry.runner.host;

import dev.gantry.runner.shell.ShellLookup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a step's process in a session (and process group) of its own, and ends the whole tree it grew.
 *
 * <p>With {@code setsid} on the host, the process leads a new session whose process group id is its pid, so a
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
        return builder.start();
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

    /** SIGKILL to what is left of the process group a step's process led (its background processes). */
    static void killGroup(long leaderPid) {
        signalGroup(leaderPid, "KILL");
    }

    private static void signalGroup(long pid, String signal) {
        if (SETSID.isEmpty() || KILL.isEmpty()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder(KILL.get().toString(), "-" + signal, "--", "-" + pid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no group to signal, or no way to: the descendants are signalled one by one anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
