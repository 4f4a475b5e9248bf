package dev.gantry.server.git;

import java.util.Objects;

/** One file in {@code .github/workflows} at a commit: its text, or why it could not be read as text. */
public sealed interface WorkflowFile {

    /** The path in the repository, e.g. {@code .github/workflows/ci.yml}. */
    String path();

    /** A file read as UTF-8 text. */
    record Text(String path, String text) implements WorkflowFile {
        public Text {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A file that is not UTF-8, too large, or not a regular file: {@code problem} is one sentence saying which. */
    record Unreadable(String path, String problem) implements WorkflowFile {
        public Unreadable {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(problem, "problem");
        }
    }
}
