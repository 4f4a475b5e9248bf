package dev.gantry.runner.log;

import dev.gantry.engine.exec.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what a step's workflow commands set, for the executor to use when the step ends: outputs
 * ({@code set-output}), state ({@code save-state}), annotations, and the failures that fail the step. Later
 * values of a name replace earlier ones. Thread-safe.
 */
public final class CommandRecorder implements LogSink {

    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final Map<String, String> state = new LinkedHashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Override
    public synchronized void accept(LogEvent event) {
        switch (event) {
            case LogEvent.Output o -> outputs.put(o.name(), o.value());
            case LogEvent.State s -> state.put(s.name(), s.value());
            case LogEvent.Annotated a -> annotations.add(a.annotation());
            case LogEvent.CommandFailed f -> failures.add(f.message());
            case LogEvent.Text t -> {}
            case LogEvent.GroupStart g -> {}
            case LogEvent.GroupEnd g -> {}
            case LogEvent.Debug d -> {}
        }
    }

    /** Outputs set with {@code ::set-output}, raw (unmasked). */
    public synchronized Map<String, String> outputs() {
        return Map.copyOf(outputs);
    }

    /** State saved with {@code ::save-state}, raw (unmasked). */
    public synchronized Map<String, String> state() {
        return Map.copyOf(state);
    }

    /** Annotations in the order they were emitted, already masked. */
    public synchronized List<Annotation> annotations() {
        return List.copyOf(annotations);
    }

    /** Why commands failed, masked; non-empty means the step fails, as on GitHub. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }
}
