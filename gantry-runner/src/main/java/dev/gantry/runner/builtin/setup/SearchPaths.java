package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionCall;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Where the setup actions look for installed toolchains: the step's {@code PATH}, folders, the tool cache. */
final class SearchPaths {

    private SearchPaths() {}

    /** Executables in the folders of the step's {@code PATH} whose file name passes {@code name}, in PATH order. */
    static List<Path> onPath(ActionCall call, Predicate<String> name) {
        List<Path> found = new ArrayList<>();
        String path = call.environment().getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank() && Path.of(entry).isAbsolute()) {
                children(Path.of(entry)).stream()
                        .filter(p -> name.test(p.getFileName().toString()) && Files.isExecutable(p)
                                && !Files.isDirectory(p))
                        .sorted()
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** The entries of {@code folder}, sorted by name; none when it does not exist or cannot be read. */
    static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    /**
     * {@code <tool cache>/<tool>/<version>/<arch>/<inside>} for every version folder, as {@code @actions/tool-cache}
     * lays them out.
     */
    static List<Path> toolCache(ActionCall call, String tool, String inside) {
        return children(call.toolCache().resolve(tool)).stream()
                .map(version -> version.resolve(architecture()).resolve(inside))
                .filter(Files::exists)
                .toList();
    }

    /** The user's home folder, as the step would see it. */
    static Path home(ActionCall call) {
        return Path.of(call.environment().getOrDefault("HOME", System.getProperty("user.home")));
    }

    /** The machine's architecture in the runner's words: {@code x64}, {@code arm64}. */
    static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "x86";
            default -> arch;
        };
    }
}
