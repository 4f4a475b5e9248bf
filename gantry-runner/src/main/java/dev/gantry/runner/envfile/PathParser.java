package dev.gantry.runner.envfile;

import java.util.Arrays;
import java.util.List;

/**
 * Parses {@code GITHUB_PATH}: one directory per line ({@code \n} or {@code \r\n}), blank lines skipped, the
 * directory taken as written. Pure; thread-safe.
 */
public final class PathParser {

    private PathParser() {}

    /** The directories in file order. */
    public static List<String> parse(String text) {
        return Arrays.stream(text.split("\r?\n"))
                .filter(line -> !line.isBlank())
                .toList();
    }
}
