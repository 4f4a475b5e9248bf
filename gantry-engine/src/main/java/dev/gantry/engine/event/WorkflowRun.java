package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code workflow_run} activity: another workflow was requested, is in progress or completed.
 *
 * @param activity     {@code requested}, {@code in_progress} or {@code completed}
 * @param workflowName the name of the workflow that ran, matched against {@code on.workflow_run.workflows}
 * @param headBranch   the branch it ran on, matched against {@code on.workflow_run.branches}
 * @param conclusion   its conclusion ({@code success}, {@code failure}…), empty until it completed
 */
public record WorkflowRun(String activity, String workflowName, String headBranch, String conclusion,
                          Revision revision, String actor, Value.Obj payload) implements Event {

    public WorkflowRun {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String name() {
        return "workflow_run";
    }

    @Override
    public Optional<String> action() {
        return Optional.of(activity);
    }
}
