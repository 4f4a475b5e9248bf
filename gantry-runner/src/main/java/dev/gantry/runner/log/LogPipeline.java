package dev.gantry.runner.log;

import java.io.OutputStream;
import java.util.Objects;

/**
 * The log pipeline of one step: {@code process output → LineSplitter → CommandInterceptor → SecretMasker →
 * sink}. Nothing reaches the sink unmasked.
 *
 * <p>Wiring, for the executor running a step:
 * <pre>{@code
 * SecretMasker masker = …;                      // one per job, given the job's secrets with addAll
 * LogPipeline log = new LogPipeline(masker, sink, debug);
 * try (OutputStream out = log.stream(); OutputStream err = log.stream()) {
 *     // one reader thread per process stream:
 *     process.getInputStream().transferTo(out);  process.getErrorStream().transferTo(err);
 * }
 * log.print("Run echo hello");                  // the runner's own lines: masked, never commands
 * }</pre>
 *
 * <p>Threads: each {@link #stream()} is written by one thread; different streams of one pipeline may be written
 * concurrently. Lines from all streams are handled one at a time under the pipeline's lock, so command state
 * ({@code stop-commands}, {@code echo}) is shared by stdout and stderr as on GitHub, and the sink is called by
 * one thread at a time. An {@code ::add-mask::} value is registered before the next line (of any stream) is
 * handled. Writing blocks while the sink runs. Closing a stream delivers its last, unterminated line.
 */
public final class LogPipeline {

    private final CommandInterceptor commands;
    private final MaskingStage masking;
    private final int maxLineBytes;

    /** A pipeline with lines up to {@link LineSplitter#DEFAULT_MAX_LINE_BYTES}; {@code debug} shows debug lines. */
    public LogPipeline(SecretMasker masker, LogSink sink, boolean debug) {
        this(masker, sink, debug, LineSplitter.DEFAULT_MAX_LINE_BYTES);
    }

    public LogPipeline(SecretMasker masker, LogSink sink, boolean debug, int maxLineBytes) {
        Objects.requireNonNull(masker, "masker");
        Objects.requireNonNull(sink, "sink");
        this.masking = new MaskingStage(masker, sink);
        this.commands = new CommandInterceptor(masker, masking, debug);
        this.maxLineBytes = maxLineBytes;
    }

    /** A new byte stream into the pipeline, for one process stream (stdout or stderr), written by one thread. */
    public OutputStream stream() {
        LongLine longLine = new LongLine();
        LineSplitter splitter = new LineSplitter((text, continues) -> line(longLine, text, continues), maxLineBytes);
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] chunk, int off, int len) {
                Objects.checkFromIndexSize(off, len, chunk.length);
                if (!closed) {
                    splitter.feed(chunk, off, len);
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    splitter.finish();
                }
            }
        };
    }

    /** One whole line of step output, as if a stream had delivered it: commands are carried out. */
    public synchronized void line(String text) {
        commands.accept(text);
    }

    /** A line of the runner's own (a step header, a message): masked and shown, never taken as a command. */
    public synchronized void print(String text) {
        masking.accept(new LogEvent.Text(text));
    }

    /** A line or a fragment of a long line from one stream. Fragments are never taken as commands. */
    private synchronized void line(LongLine longLine, String text, boolean continues) {
        if (continues || longLine.open) {
            longLine.open = continues;
            masking.fragment(longLine.carry, text, continues);
        } else {
            commands.accept(text);
        }
    }

    /** Per stream: whether a long line is being delivered in fragments, and its end not yet shown. */
    private static final class LongLine {
        final StringBuilder carry = new StringBuilder();
        boolean open;
    }
}
