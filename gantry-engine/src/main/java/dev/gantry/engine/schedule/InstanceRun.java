package dev.gantry.engine.schedule;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.plan.JobInstance;
import dev.gantry.workflow.expr.Value;
import java.util.Map;
import java.util.Optional;

/** The scheduler's mutable record of one job instance. Confined to the scheduler that owns it. */
final class InstanceRun {

    enum State { PENDING, QUEUED, RUNNING, DONE }

    /** The instance's concurrency group, evaluated. */
    record Group(String name, boolean cancelInProgress) {}

    final JobInstance instance;
    final Value.Obj strategy;
    final boolean continueOnError;
    final Optional<Group> group;
    State state = State.PENDING;
    Optional<Conclusion> conclusion = Optional.empty();
    Map<String, String> outputs = Map.of();
    boolean cancelRequested;

    InstanceRun(JobInstance instance, Value.Obj strategy, boolean continueOnError, Optional<Group> group) {
        this.instance = instance;
        this.strategy = strategy;
        this.continueOnError = continueOnError;
        this.group = group;
    }

    JobKey key() {
        return instance.key();
    }

    boolean done() {
        return state == State.DONE;
    }

    void conclude(Conclusion c, Map<String, String> outputs) {
        state = State.DONE;
        conclusion = Optional.of(c);
        this.outputs = Map.copyOf(outputs);
    }

    /** A failure that continue-on-error does not forgive. */
    boolean failedRun() {
        return conclusion.orElse(Conclusion.SUCCESS) instanceof Conclusion.Failure && !continueOnError;
    }

    /** GitHub's result word as dependants see it: a forgiven failure is success. */
    String result() {
        Conclusion c = conclusion.orElseThrow();
        return c instanceof Conclusion.Failure && continueOnError ? "success" : c.result();
    }
}
