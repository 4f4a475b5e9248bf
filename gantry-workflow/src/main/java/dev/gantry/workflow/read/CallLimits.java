package dev.gantry.workflow.read;

/**
 * GitHub's limits on the jobs of a workflow and on calls of reusable workflows.
 *
 * @param maxJobs            the most jobs a workflow may hold, the jobs of the workflows it calls included
 * @param maxDepth           the most levels of called workflows below the caller (the caller is level 0)
 * @param maxCalledWorkflows the most distinct workflows one workflow may call, nested calls included
 */
public record CallLimits(int maxJobs, int maxDepth, int maxCalledWorkflows) {

    /** GitHub's limit on the jobs of one workflow run. */
    public static final int DEFAULT_MAX_JOBS = 256;
    /** GitHub allows ten levels of workflows, the top-level caller included. */
    public static final int DEFAULT_MAX_DEPTH = 9;
    /** GitHub allows 50 unique reusable workflows per workflow file, nested calls included. */
    public static final int DEFAULT_MAX_CALLED_WORKFLOWS = 50;
    /** No configured depth may exceed this: the reader recurses once per level. */
    public static final int HARD_MAX_DEPTH = 32;

    public static final CallLimits DEFAULT = new CallLimits(DEFAULT_MAX_JOBS, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_CALLED_WORKFLOWS);

    public CallLimits {
        if (maxJobs < 1 || maxDepth < 0 || maxCalledWorkflows < 0) {
            throw new IllegalArgumentException("limits must not be negative, and a workflow may hold a job");
        }
        maxDepth = Math.min(maxDepth, HARD_MAX_DEPTH);
    }

    public CallLimits withMaxJobs(int jobs) {
        return new CallLimits(jobs, maxDepth, maxCalledWorkflows);
    }

    public CallLimits withMaxDepth(int depth) {
        return new CallLimits(maxJobs, depth, maxCalledWorkflows);
    }
}
