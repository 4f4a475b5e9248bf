package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.engine.exec.StepResult;

/**
 * The executor's listener for one job: passes its reports on to the observer as events of {@code job}, with
 * step names, annotations and outputs masked once more. Runs on the executor's threads.
 */
final class JobBridge implements JobListener {

    private final JobRef job;
    private final RunObserver observer;
    private final Redactor redactor;

    JobBridge(JobRef job, RunObserver observer, Redactor redactor) {
        this.job = job;
        this.observer = observer;
        this.redactor = redactor;
    }

    @Override
    public void stepStarted(int stepIndex, String stepName) {
        observer.stepStarted(job, stepIndex, redactor.text(stepName));
    }

    @Override
    public void log(int stepIndex, String line) {
        observer.log(job, stepIndex, line);
    }

    @Override
    public void annotation(int stepIndex, Annotation annotation) {
        observer.annotation(job, stepIndex, redactor.annotation(annotation));
    }

    @Override
    public void stepFinished(StepResult result) {
        observer.stepFinished(job, redactor.step(result));
    }
}
