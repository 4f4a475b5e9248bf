package dev.gantry.runner.log;

import java.util.List;

/**
 * Where a step's log events go: the console, a log file, an uploader, a recorder of outputs.
 *
 * <p>A {@link LogPipeline} calls its sink for one event at a time, in order, under the pipeline's lock, on the
 * thread that read the line; a sink shared by several pipelines (several steps or jobs) must be thread-safe
 * itself. Sinks should not block for long: the process whose output they receive waits meanwhile.
 */
@FunctionalInterface
public interface LogSink {

    void accept(LogEvent event);

    /** A sink that passes each event to all of {@code sinks}, in order. */
    static LogSink tee(LogSink... sinks) {
        List<LogSink> all = List.of(sinks);
        return event -> {
            for (LogSink sink : all) {
                sink.accept(event);
            }
        };
    }
}
