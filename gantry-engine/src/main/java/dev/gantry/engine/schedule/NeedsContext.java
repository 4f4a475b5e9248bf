package dev.gantry.engine.schedule;

import dev.gantry.engine.plan.PlannedJob;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds what a job sees of the jobs before it: the {@code needs} context and the status functions' values. */
final class NeedsContext {

    private NeedsContext() {}

    /** {@code needs}: for each job needed directly, {@code result} and {@code outputs}. */
    static Value.Obj of(List<String> needs, Map<String, JobRun> jobs) {
        Map<String, Value> members = new LinkedHashMap<>();
        for (String id : needs) {
            JobRun need = jobs.get(id);
            Map<String, Value> entry = new LinkedHashMap<>();
            entry.put("result", new Value.Str(need.result()));
            entry.put("outputs", need.outputs());
            members.put(id, new Value.Obj(entry));
        }
        return new Value.Obj(members);
    }

    static NeedsStatus status(Set<String> ancestors, Map<String, JobRun> jobs, boolean runCancelled) {
        List<String> results = ancestors.stream().map(id -> jobs.get(id).result()).toList();
        boolean allSucceeded = results.stream().allMatch("success"::equals);
        return new NeedsStatus(allSucceeded && !runCancelled, results.contains("failure"), runCancelled);
    }

    /** Why a job whose condition is false is skipped, naming the jobs that did not succeed when that is why. */
    static String whySkipped(PlannedJob job, NeedsStatus status, Map<String, JobRun> jobs) {
        if (!status.success() && ConditionCheck.needsSuccess(job.job().condition())) {
            List<String> unsuccessful = new ArrayList<>();
            jobs.values().stream().filter(j -> job.needs().contains(j.id()) && !j.result().equals("success"))
                    .forEach(j -> unsuccessful.add(j.id() + " " + j.result()));
            return unsuccessful.isEmpty() ? "a job it depends on did not succeed"
                    : "needed jobs did not succeed: " + String.join(", ", unsuccessful);
        }
        return "its condition is false";
    }
}
