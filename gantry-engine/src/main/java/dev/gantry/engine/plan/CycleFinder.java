package dev.gantry.engine.plan;

import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the cycles of a {@code needs} graph by depth-first search; unknown jobs are ignored (reported elsewhere). */
final class CycleFinder {

    private enum Mark { ON_PATH, DONE }

    private final Map<String, Job> jobs;
    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final List<List<String>> cycles = new ArrayList<>();

    CycleFinder(Map<String, Job> jobs) {
        this.jobs = jobs;
    }

    /** Each cycle once, as the path from the job where it was entered back to that job. */
    List<List<String>> cycles() {
        jobs.keySet().forEach(this::visit);
        return cycles;
    }

    private void visit(String id) {
        Mark mark = marks.get(id);
        if (mark == Mark.DONE || !jobs.containsKey(id)) {
            return;
        }
        if (mark == Mark.ON_PATH) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            cycles.add(List.copyOf(cycle));
            return;
        }
        marks.put(id, Mark.ON_PATH);
        path.add(id);
        for (Named need : jobs.get(id).needs()) {
            visit(need.name());
        }
        path.remove(path.size() - 1);
        marks.put(id, Mark.DONE);
    }
}
