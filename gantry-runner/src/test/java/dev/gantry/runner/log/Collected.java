package dev.gantry.runner.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A test sink that keeps every event, with a way to push bytes through a pipeline in given chunks. */
final class Collected implements LogSink {

    final List<LogEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(LogEvent event) {
        events.add(event);
    }

    /** The shown lines, rendered as a log file would hold them. */
    synchronized List<String> lines() {
        return events.stream().flatMap(e -> e.rendered().stream()).toList();
    }

    synchronized String text() {
        return String.join("\n", lines());
    }

    /** Runs {@code output} through a fresh pipeline over {@code masker}, one write per chunk of the given sizes. */
    static Collected run(SecretMasker masker, String output, int... chunkSizes) {
        return run(masker, output.getBytes(StandardCharsets.UTF_8), false, chunkSizes);
    }

    static Collected run(SecretMasker masker, byte[] bytes, boolean debug, int... chunkSizes) {
        Collected sink = new Collected();
        LogPipeline pipeline = new LogPipeline(masker, sink, debug);
        try (OutputStream out = pipeline.stream()) {
            int at = 0;
            for (int size : chunkSizes) {
                int n = Math.min(size, bytes.length - at);
                out.write(bytes, at, n);
                at += n;
            }
            out.write(bytes, at, bytes.length - at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
