package dev.gantry.cli.run;

import java.util.Objects;

/**
 * One run of one invocation, as observers see it.
 *
 * @param index    0-based, in the order the workflows were found
 * @param workflow the workflow's name ({@code github.workflow})
 * @param file     the workflow file as messages show it
 * @param runId    {@code github.run_id}
 * @param title    what the run is called: the evaluated {@code run-name}, else the workflow's name
 */
public record RunRef(int index, String workflow, String file, String runId, String title) {

    /** A run of a workflow without {@code run-name}. */
    public RunRef(int index, String workflow, String file, String runId) {
        this(index, workflow, file, runId, workflow);
    }

    public RunRef {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(title, "title");
    }
}
