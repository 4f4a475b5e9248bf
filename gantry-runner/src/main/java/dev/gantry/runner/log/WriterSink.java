package dev.gantry.runner.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes each shown line of a step to a character stream (a log file), one line per event, {@code \n}
 * terminated, in GitHub's raw log notation. Does not flush or close the writer; the owner does. A write error
 * is rethrown unchecked to the thread writing into the pipeline. Not thread-safe on its own; used by one
 * pipeline at a time.
 */
public record WriterSink(Writer writer) implements LogSink {

    public WriterSink {
        Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void accept(LogEvent event) {
        event.rendered().ifPresent(line -> {
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
