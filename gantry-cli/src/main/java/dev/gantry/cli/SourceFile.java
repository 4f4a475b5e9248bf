package dev.gantry.cli;

import java.nio.file.Path;

/**
 * One file to validate.
 *
 * @param path  the file, as it is shown in diagnostics (relative when the user gave a relative path)
 * @param kind  what the file holds
 */
record SourceFile(Path path, Kind kind) {

    enum Kind { WORKFLOW, ACTION }

    /** Action metadata files are recognised by name; every other file is read as a workflow. */
    static SourceFile of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        boolean action = name.equals("action.yml") || name.equals("action.yaml");
        return new SourceFile(path, action ? Kind.ACTION : Kind.WORKFLOW);
    }

    String displayPath() {
        return path.toString();
    }
}
