package dev.gantry.runner.host;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.runner.log.CommandRecorder;
import dev.gantry.runner.log.ListenerSink;
import dev.gantry.runner.log.LogEvent;
import dev.gantry.runner.log.LogPipeline;
import dev.gantry.runner.log.LogSink;
import dev.gantry.runner.log.SecretMasker;

/**
 * The log of one step (or of the job's setup and completion, index -1): a {@link LogPipeline} into the listener,
 * the job's annotation list and a {@link CommandRecorder}, behind a gate that {@link #close()} shuts so nothing
 * reaches the listener after the step is reported finished.
 */
final class StepLog {

    private final SecretMasker masker;
    private final GatedSink gate;
    private final CommandRecorder commands = new CommandRecorder();
    private final LogPipeline pipeline;

    StepLog(int index, JobListener listener, LogSink jobSink, SecretMasker masker, boolean debug) {
        this.masker = masker;
        this.gate = new GatedSink(LogSink.tee(new ListenerSink(index, listener), jobSink, commands));
        this.pipeline = new LogPipeline(masker, gate, debug);
    }

    LogPipeline pipeline() {
        return pipeline;
    }

    CommandRecorder commands() {
        return commands;
    }

    /** A line of the runner's own: masked, never a command. */
    void print(String line) {
        pipeline.print(line);
    }

    /** An error of the runner's own about this step: masked, shown, and an annotation. */
    void error(String message) {
        annotate(Annotation.Level.ERROR, message);
    }

    void warning(String message) {
        annotate(Annotation.Level.WARNING, message);
    }

    private void annotate(Annotation.Level level, String message) {
        gate.accept(new LogEvent.Annotated(Annotation.of(level, masker.mask(message))));
    }

    void close() {
        gate.close();
    }
}
