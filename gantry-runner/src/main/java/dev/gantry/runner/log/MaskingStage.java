package dev.gantry.runner.log;

import dev.gantry.engine.exec.Annotation;

/**
 * The last stage before the sinks: masks every text an event shows (lines, group titles, debug messages,
 * annotation messages, titles and file names, command failures). Output and state values pass raw (see
 * {@link LogEvent.Output}). Fragments of an over-long line are masked across their cuts.
 *
 * <p>Not thread-safe: the {@link LogPipeline} calls it under its lock.
 */
final class MaskingStage implements LogSink {

    private final SecretMasker masker;
    private final LogSink sink;

    MaskingStage(SecretMasker masker, LogSink sink) {
        this.masker = masker;
        this.sink = sink;
    }

    @Override
    public void accept(LogEvent event) {
        sink.accept(switch (event) {
            case LogEvent.Text t -> new LogEvent.Text(masker.mask(t.line()));
            case LogEvent.GroupStart g -> new LogEvent.GroupStart(masker.mask(g.title()));
            case LogEvent.GroupEnd g -> g;
            case LogEvent.Debug d -> new LogEvent.Debug(masker.mask(d.message()));
            case LogEvent.Annotated a -> new LogEvent.Annotated(masked(a.annotation()));
            case LogEvent.CommandFailed f -> new LogEvent.CommandFailed(masker.mask(f.message()));
            case LogEvent.Output o -> o;
            case LogEvent.State s -> s;
        });
    }

    /**
     * One fragment of a line too long to be delivered whole. The part no later fragment can affect is masked
     * and shown as a line of its own; the rest waits in {@code carry} (one per stream) for the next fragment.
     * The last fragment flushes all.
     */
    void fragment(StringBuilder carry, String text, boolean continues) {
        carry.append(text);
        String ready;
        if (continues) {
            ready = masker.maskPrefix(carry);
        } else {
            ready = masker.mask(carry.toString());
            carry.setLength(0);
        }
        if (!ready.isEmpty() || !continues) {
            sink.accept(new LogEvent.Text(ready));
        }
    }

    private Annotation masked(Annotation a) {
        return new Annotation(a.level(), masker.mask(a.message()), a.title().map(masker::mask),
                a.file().map(masker::mask), a.line(), a.column(), a.endLine(), a.endColumn());
    }
}
