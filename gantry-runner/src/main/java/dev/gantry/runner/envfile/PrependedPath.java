package dev.gantry.runner.envfile;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The directories that steps of a job added through {@code GITHUB_PATH}, and how they enter {@code PATH} for
 * the steps after, as on GitHub: each added directory goes in front of all added before it (so of a file
 * listing {@code a} then {@code b}, {@code b} comes first), a directory added again moves to the front, and all
 * of them come before the job's original {@code PATH}. Immutable.
 *
 * @param directories in the order they were added, oldest first
 */
public record PrependedPath(List<String> directories) {

    public static final PrependedPath NONE = new PrependedPath(List.of());

    public PrependedPath {
        directories = List.copyOf(directories);
    }

    /** This path with {@code added} (the lines of one {@code GITHUB_PATH} file, in file order) prepended. */
    public PrependedPath with(Collection<String> added) {
        List<String> all = new ArrayList<>(directories);
        for (String directory : added) {
            all.remove(directory);
            all.add(directory);
        }
        return new PrependedPath(all);
    }

    /** The {@code PATH} value for a step: the added directories, newest first, then {@code basePath}. */
    public String apply(String basePath) {
        List<String> parts = new ArrayList<>(directories.reversed());
        if (!basePath.isEmpty()) {
            parts.add(basePath);
        }
        return String.join(File.pathSeparator, parts);
    }
}
