package dev.gantry.engine.exec;

/**
 * What an executor reports while a job runs, in order: for each step {@code stepStarted}, its log lines and
 * annotations, then {@code stepFinished}. Step index -1 is the job's own setup and teardown. Lines are already
 * masked. Implementations must be cheap and must not block for long: they run on the executor's threads.
 */
public interface JobListener {

    void stepStarted(int stepIndex, String stepName);

    void log(int stepIndex, String line);

    void annotation(int stepIndex, Annotation annotation);

    void stepFinished(StepResult result);

    /** Ignores everything. */
    JobListener NONE = new JobListener() {
        @Override
        public void stepStarted(int stepIndex, String stepName) {}

        @Override
        public void log(int stepIndex, String line) {}

        @Override
        public void annotation(int stepIndex, Annotation annotation) {}

        @Override
        public void stepFinished(StepResult result) {}
    };
}
