package dev.gantry.engine.schedule;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.plan.JobStrategy;
import dev.gantry.engine.plan.PlannedJob;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler's mutable record of one job: waiting for its needs, expanded into instances, or concluded as a
 * whole before it had instances (skipped, failed, abandoned). Confined to the scheduler that owns it.
 */
final class JobRun {

    enum Phase { WAITING, EXPANDED, CONCLUDED }

    final PlannedJob planned;
    Phase phase = Phase.WAITING;
    JobStrategy strategy = JobStrategy.NONE;
    List<InstanceRun> instances = List.of();
    Optional<Conclusion> conclusion = Optional.empty();
    private final List<InstanceRun> finishOrder = new ArrayList<>();

    JobRun(PlannedJob planned) {
        this.planned = planned;
    }

    String id() {
        return planned.id();
    }

    void concludeWhole(Conclusion c) {
        phase = Phase.CONCLUDED;
        conclusion = Optional.of(c);
    }

    void expand(JobStrategy strategy, List<InstanceRun> instances) {
        phase = Phase.EXPANDED;
        this.strategy = strategy;
        this.instances = List.copyOf(instances);
    }

    void finished(InstanceRun instance) {
        finishOrder.add(instance);
    }

    boolean concluded() {
        return phase == Phase.CONCLUDED || phase == Phase.EXPANDED && instances.stream().allMatch(InstanceRun::done);
    }

    /**
     * {@code needs.<id>.result}: failure when an instance failed (continue-on-error forgives), else cancelled when
     * one was cancelled, else skipped when all were skipped, else success. Only meaningful once concluded.
     */
    String result() {
        if (phase == Phase.CONCLUDED) {
            return conclusion.orElseThrow().result();
        }
        List<String> results = instances.stream().filter(InstanceRun::done).map(InstanceRun::result).toList();
        if (results.contains("failure")) {
            return "failure";
        }
        if (results.contains("cancelled")) {
            return "cancelled";
        }
        return !results.isEmpty() && results.stream().allMatch("skipped"::equals) ? "skipped" : "success";
    }

    /**
     * {@code needs.<id>.outputs}. For a matrix, as on GitHub, the instance that finished last wins for each output
     * it set; an empty value does not overwrite a value set by an earlier instance.
     */
    Value.Obj outputs() {
        Map<String, Value> merged = new LinkedHashMap<>();
        for (InstanceRun instance : finishOrder) {
            instance.outputs.forEach((name, value) -> {
                if (!value.isEmpty() || !merged.containsKey(name)) {
                    merged.put(name, new Value.Str(value));
                }
            });
        }
        return new Value.Obj(merged);
    }
}
