package dev.gantry.runner.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a step's process runs. Chosen per executor (and later per agent configuration); off by default.
 * Immutable, thread-safe.
 */
public sealed interface Sandbox {

    /**
     * The command line that runs {@code command} inside this sandbox.
     *
     * @param writable the directories the job may write (workspace, runner temp, tool cache); they must exist
     */
    List<String> wrap(List<String> command, List<Path> writable);

    /** No sandbox: the command as it is. */
    record None() implements Sandbox {
        @Override
        public List<String> wrap(List<String> command, List<Path> writable) {
            return List.copyOf(command);
        }
    }

    /**
     * Bubblewrap ({@code bwrap}): the whole host file system read-only, fresh {@code /dev}, {@code /proc} and a
     * private {@code /tmp}, the writable directories bound read-write at their own paths (so the paths a step sees
     * are the paths the runner reports), its own PID namespace (ending the sandbox ends every process in it), and
     * without {@code network} its own empty network namespace.
     *
     * @param executable the {@code bwrap} program
     */
    record Bubblewrap(Path executable, boolean network) implements Sandbox {
        public Bubblewrap {
            Objects.requireNonNull(executable, "executable");
        }

        @Override
        public List<String> wrap(List<String> command, List<Path> writable) {
            List<String> out = new ArrayList<>(List.of(executable.toString(),
                    "--ro-bind", "/", "/",
                    "--dev", "/dev",
                    "--proc", "/proc",
                    "--tmpfs", "/tmp",
                    "--unshare-pid",
                    "--die-with-parent"));
            if (!network) {
                out.add("--unshare-net");
            }
            for (Path dir : writable) {
                String path = dir.toAbsolutePath().toString();
                out.addAll(List.of("--bind", path, path));
            }
            out.add("--");
            out.addAll(command);
            return List.copyOf(out);
        }
    }

    Sandbox NONE = new None();
}
