package dev.gantry.runner.builtin.input;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files a list of {@link PathPattern}s selects. Each include pattern is searched from its
 * {@link PathPattern#searchRoot()}; a file is selected when the last pattern that matches it includes it (so a
 * later {@code !} pattern removes what earlier lines added, and a later include adds it back). Only files are
 * returned — regular files, and symbolic links when links are not followed — never folders. Folders that cannot
 * be read are skipped. Blocks on file I/O; safe to use from several threads.
 *
 * @param followLinks   walk into linked folders and return the target of a linked file; a broken link is left out
 * @param excludeHidden leave out files and folders whose name starts with {@code .}
 */
public record FileSearcher(boolean followLinks, boolean excludeHidden) {

    /** What a search found: the files in path order, and the deduplicated search roots of the include patterns. */
    public record Found(List<Path> files, List<Path> searchRoots) {
        public Found {
            files = List.copyOf(files);
            searchRoots = List.copyOf(searchRoots);
        }
    }

    public Found search(List<PathPattern> patterns) throws IOException {
        List<Path> roots = searchRoots(patterns);
        Set<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, patterns, files);
            }
        }
        return new Found(new ArrayList<>(files), roots);
    }

    /** The search roots of the include patterns, a root under another one left out, in pattern order. */
    static List<Path> searchRoots(List<PathPattern> patterns) {
        List<Path> roots = new ArrayList<>();
        for (PathPattern pattern : patterns) {
            if (pattern.negated()) {
                continue;
            }
            Path root = pattern.searchRoot();
            if (roots.stream().anyMatch(root::startsWith)) {
                continue;
            }
            roots.removeIf(other -> other.startsWith(root));
            roots.add(root);
        }
        return roots;
    }

    private void walk(Path root, List<PathPattern> patterns, Set<Path> out) throws IOException {
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
        Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                boolean wanted = attrs.isRegularFile() || (attrs.isSymbolicLink() && !followLinks);
                if (wanted && !hidden(file) && selected(file, patterns)) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean hidden(Path path) {
        Path name = path.getFileName();
        return excludeHidden && name != null && name.toString().startsWith(".");
    }

    private static boolean selected(Path file, List<PathPattern> patterns) {
        Path normalized = file.toAbsolutePath().normalize();
        boolean selected = false;
        for (PathPattern pattern : patterns) {
            if (pattern.matches(normalized)) {
                selected = !pattern.negated();
            }
        }
        return selected;
    }
}
