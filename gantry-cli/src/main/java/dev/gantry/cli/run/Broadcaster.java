package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import java.util.List;

/** Passes every event on to several observers, in order. Thread-safe when they are. */
final class Broadcaster implements RunObserver {

    private final List<RunObserver> observers;

    Broadcaster(List<RunObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void runStarted(RunRef run) {
        observers.forEach(o -> o.runStarted(run));
    }

    @Override
    public void jobStarted(JobRef job) {
        observers.forEach(o -> o.jobStarted(job));
    }

    @Override
    public void stepStarted(JobRef job, int stepIndex, String name) {
        observers.forEach(o -> o.stepStarted(job, stepIndex, name));
    }

    @Override
    public void log(JobRef job, int stepIndex, String line) {
        observers.forEach(o -> o.log(job, stepIndex, line));
    }

    @Override
    public void annotation(JobRef job, int stepIndex, Annotation annotation) {
        observers.forEach(o -> o.annotation(job, stepIndex, annotation));
    }

    @Override
    public void stepFinished(JobRef job, StepResult step) {
        observers.forEach(o -> o.stepFinished(job, step));
    }

    @Override
    public void jobFinished(JobRef job, JobResult result) {
        observers.forEach(o -> o.jobFinished(job, result));
    }

    @Override
    public void jobConcluded(JobRef job, Conclusion conclusion) {
        observers.forEach(o -> o.jobConcluded(job, conclusion));
    }

    @Override
    public void runFinished(RunRef run, Conclusion conclusion) {
        observers.forEach(o -> o.runFinished(run, conclusion));
    }
}
