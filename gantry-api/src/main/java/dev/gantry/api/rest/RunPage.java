package dev.gantry.api.rest;

import java.util.List;

/** One page of a run listing: how many runs match in all, and this page's runs, newest first. */
public record RunPage(long totalCount, List<WorkflowRun> runs) {

    public RunPage {
        runs = List.copyOf(runs);
    }
}
