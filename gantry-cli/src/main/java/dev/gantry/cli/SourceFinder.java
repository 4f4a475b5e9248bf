package dev.gantry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths given to {@code gantry validate} into the files to check.
 *
 * <p>A file is checked as given. A directory contributes the YAML files directly inside it, the workflows in
 * its {@code .github/workflows/}, and the action metadata files anywhere under its {@code .github/} (local
 * actions such as {@code .github/actions/NAME/action.yml}). Other subdirectories are not searched, so a
 * repository's unrelated YAML (manifests, compose files) is never mistaken for a workflow.
 */
final class SourceFinder {

    /** Thrown for a path that does not exist or cannot be listed; the message names the path. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private SourceFinder() {}

    static List<SourceFile> find(List<Path> paths) throws UsageException {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(SourceFile.of(path));
            } else if (Files.isDirectory(path)) {
                files.addAll(inDirectory(path));
            } else {
                throw new UsageException("no such file or directory: " + path);
            }
        }
        return files;
    }

    private static List<SourceFile> inDirectory(Path dir) throws UsageException {
        List<SourceFile> files = new ArrayList<>(yamlFilesIn(dir));
        Path github = dir.resolve(".github");
        Path workflows = github.resolve("workflows");
        if (!dir.normalize().endsWith(Path.of(".github", "workflows")) && Files.isDirectory(workflows)) {
            files.addAll(yamlFilesIn(workflows));
        }
        if (Files.isDirectory(github)) {
            files.addAll(actionFilesUnder(github));
        }
        return files.stream().distinct().toList();
    }

    private static List<SourceFile> yamlFilesIn(Path dir) throws UsageException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(SourceFinder::isYaml)
                    .sorted()
                    .map(SourceFile::of)
                    .toList();
        } catch (IOException e) {
            throw new UsageException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static List<SourceFile> actionFilesUnder(Path github) throws UsageException {
        try (Stream<Path> entries = Files.walk(github)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> SourceFile.of(p).kind() == SourceFile.Kind.ACTION)
                    .sorted()
                    .map(SourceFile::of)
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("cannot search " + github + ": " + e.getMessage());
        }
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
