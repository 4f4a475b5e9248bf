package dev.gantry.engine.event;

import dev.gantry.workflow.filter.ChangedFiles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files two commits differ in, by kind of change, as repository-relative paths with {@code /}. A rename is a
 * removal of the old path and an addition of the new one, so path filters see both.
 */
public record Diff(List<String> added, List<String> removed, List<String> modified) {

    public static final Diff EMPTY = new Diff(List.of(), List.of(), List.of());

    public Diff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        modified = List.copyOf(modified);
    }

    /** Every path, each once, for {@code paths} filters. */
    public ChangedFiles changedFiles() {
        Set<String> all = new LinkedHashSet<>(added);
        all.addAll(removed);
        all.addAll(modified);
        return ChangedFiles.of(List.copyOf(all));
    }
}
