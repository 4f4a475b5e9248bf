package dev.gantry.runner.host;

import dev.gantry.runner.envfile.EnvFileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hands out each step's env files under fresh names, created empty — by renaming the files of an earlier step that
 * stayed empty instead of creating new ones (on some file systems creating a file costs a millisecond, renaming one
 * a few microseconds; a step that wrote nothing leaves five). A file a step wrote to is never handed out again.
 * One per job, used by the job's thread only. Blocking (file system).
 */
final class SpareFiles {

    private final Path directory;
    private final Map<EnvFileKind, Path> spare = new EnumMap<>(EnvFileKind.class);

    SpareFiles(Path directory) {
        this.directory = directory;
    }

    /** The empty env files of step {@code stepIndex}, at names no earlier step of this job used. */
    StepFiles take(int stepIndex) throws IOException {
        Map<EnvFileKind, Path> files = new EnumMap<>(EnvFileKind.class);
        for (EnvFileKind kind : EnvFileKind.values()) {
            Path file = directory.resolve(kind.name().toLowerCase(Locale.ROOT) + "_" + stepIndex);
            Path old = spare.remove(kind);
            if (old == null || !renamed(old, file)) {
                Files.deleteIfExists(file);
                Files.createFile(file);
            }
            files.put(kind, file);
        }
        return new StepFiles(files);
    }

    /** After {@code files} were read: those still empty may become a later step's. */
    void giveBack(StepFiles files) {
        for (EnvFileKind kind : EnvFileKind.values()) {
            files.file(kind).ifPresent(file -> {
                try {
                    if (Files.size(file) == 0) {
                        spare.put(kind, file);
                    }
                } catch (IOException e) {
                    // gone or unreadable: the next step gets a new file
                }
            });
        }
    }

    private static boolean renamed(Path from, Path to) {
        try {
            if (Files.size(from) != 0) {
                return false;
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
