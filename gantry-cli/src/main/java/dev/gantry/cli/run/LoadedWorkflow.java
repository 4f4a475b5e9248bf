package dev.gantry.cli.run;

import dev.gantry.workflow.model.Workflow;
import java.util.Objects;

/**
 * A workflow file read without errors.
 *
 * @param displayPath    the file as messages show it (relative to the current directory when {@code -C} was)
 * @param repositoryPath the file relative to the repository root, e.g. {@code .github/workflows/ci.yml}
 *                       ({@code github.workflow_ref})
 */
public record LoadedWorkflow(String displayPath, String repositoryPath, Workflow workflow) {

    public LoadedWorkflow {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(repositoryPath, "repositoryPath");
        Objects.requireNonNull(workflow, "workflow");
    }

    /** The workflow's {@code name}, or its path as GitHub shows a workflow without one. */
    public String name() {
        return workflow.name().orElse(repositoryPath);
    }
}
