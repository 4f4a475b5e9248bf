package dev.gantry.workflow.filter;

import java.util.List;

/** The files an event changed, as repository-relative paths with {@code /} separators, or not known. */
public sealed interface ChangedFiles {

    /** The diff is known (it may be empty, e.g. an empty commit). */
    record Known(List<String> paths) implements ChangedFiles {
        public Known {
            paths = List.copyOf(paths);
        }
    }

    /**
     * No diff could be computed (too many commits, a timeout, a new branch with no base): GitHub then runs the
     * workflow whatever its path filters say.
     */
    record Unknown() implements ChangedFiles {}

    static ChangedFiles of(List<String> paths) {
        return new Known(paths);
    }
}
