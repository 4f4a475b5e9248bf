package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostic;
import java.util.HashSet;
import java.util.Set;

/**
 * What the calls of one top-level read have used so far, shared by every level of it: the distinct workflows
 * called, the calls expanded, and the problems already reported (a workflow called from two places is read twice,
 * its problems reported once). Bounds the work of a read however the called workflows nest. Not thread-safe: one
 * per read.
 */
final class CallBudget {

    private final CallLimits limits;
    private final Set<String> workflows = new HashSet<>();
    private final Set<Diagnostic> reported = new HashSet<>();
    private int expansions;
    private boolean workflowLimitReported;

    CallBudget(CallLimits limits) {
        this.limits = limits;
    }

    CallLimits limits() {
        return limits;
    }

    /**
     * Counts one more call to expand; false once the calls expanded exceed the job limit (every call is a job,
     * so a workflow within the limits never gets there).
     */
    boolean expand() {
        return ++expansions <= limits.maxJobs();
    }

    /** Records {@code reference} as called; false when it is a new one beyond the limit of distinct workflows. */
    boolean admit(String reference) {
        if (workflows.contains(reference)) {
            return true;
        }
        if (workflows.size() >= limits.maxCalledWorkflows()) {
            return false;
        }
        workflows.add(reference);
        return true;
    }

    /** True the first time only: the limit of distinct workflows is reported once per read. */
    boolean firstWorkflowLimitReport() {
        boolean first = !workflowLimitReported;
        workflowLimitReported = true;
        return first;
    }

    /** True the first time {@code diagnostic} is seen in this read. */
    boolean firstReport(Diagnostic diagnostic) {
        return reported.add(diagnostic);
    }
}
