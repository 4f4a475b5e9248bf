package dev.gantry.workflow.lint;

import dev.gantry.workflow.read.CalledWorkflows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves local called workflows ({@code ./path}) from the files of one test case folder; a path that leaves the
 * folder or names no file, and every remote reference, is not served (a case folder is not a whole repository).
 */
record FolderCalledWorkflows(Path root) implements CalledWorkflows {

    @Override
    public Fetched fetch(String reference) {
        if (!reference.startsWith("./")) {
            return new Fetched.NotServed();
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(reference.substring(2)).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            return new Fetched.NotServed();
        }
        try {
            return new Fetched.Source(Files.readString(file));
        } catch (IOException e) {
            return new Fetched.Missing(e.getMessage());
        }
    }
}
