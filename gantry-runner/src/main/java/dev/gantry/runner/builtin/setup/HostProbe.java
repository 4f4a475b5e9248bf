package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.toolchain.VersionProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A {@link VersionProbe} as a setup action uses it: an interrupt fails the step, naming the action. */
record HostProbe(VersionProbe probe, String action) {

    Optional<String> ask(Path executable, String... arguments) throws ActionFailure {
        try {
            return probe.ask(executable, List.of(arguments));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionFailure(action + ": interrupted while asking " + executable + " for its version");
        }
    }

    /** The folder above {@code bin}: {@code /usr} for {@code /usr/bin/node}. */
    static Path prefix(Path executable) {
        Path bin = executable.toAbsolutePath().getParent();
        return bin.getParent() == null ? bin : bin.getParent();
    }
}
