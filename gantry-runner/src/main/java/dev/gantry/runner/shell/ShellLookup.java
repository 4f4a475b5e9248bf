package dev.gantry.runner.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a shell's executable, as {@code which} does. A name with a slash is a path and is used if it is an
 * executable file; a bare name is searched in the directories of {@code path} (a {@code PATH} value: the step's,
 * with {@code GITHUB_PATH} additions in front). Implementations are thread-safe.
 */
@FunctionalInterface
public interface ShellLookup {

    Optional<Path> find(String command, String path);

    /** Looks at the file system. */
    ShellLookup ON_PATH = (command, path) -> {
        try {
            if (command.contains("/")) {
                Path file = Path.of(command);
                return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file) : Optional.empty();
            }
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                Path file = Path.of(directory, command);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    };

    /** This lookup, except that {@code missing} is never found (for tests and for hosts that forbid a shell). */
    default ShellLookup without(String missing) {
        return (command, path) -> command.equals(missing) ? Optional.empty() : find(command, path);
    }
}
