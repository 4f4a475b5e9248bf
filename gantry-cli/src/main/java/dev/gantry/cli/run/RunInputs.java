package dev.gantry.cli.run;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.GitEventSource;
import dev.gantry.engine.event.PayloadText;
import dev.gantry.engine.event.SourceRepository;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.read.WorkflowSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What every run of one invocation shares: the event, the secrets, the configuration variables, the inputs and
 * the base environment.
 *
 * @param inputs the {@code --input} values; already part of a {@code workflow_dispatch} or {@code workflow_call}
 *               event, kept here for {@code --list} and messages
 * @param env    the {@code --env-file} and {@code --env} values: the run's base environment, below every
 *               workflow, job and step {@code env}
 */
public record RunInputs(Event event, Map<String, String> secrets, Map<String, String> vars,
                        Map<String, String> inputs, Map<String, String> env) {

    public RunInputs {
        Objects.requireNonNull(event, "event");
        secrets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
        vars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vars));
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /**
     * Reads the files the options name and builds the event from the payload and the folder (a git repository is
     * read with JGit, a plain folder gives defaults). Blocking file I/O on the calling thread.
     *
     * @throws UsageProblem an unknown event, an unreadable or malformed file, a malformed {@code K=V}
     */
    public static RunInputs read(RunOptions options) throws UsageProblem {
        if (!WorkflowSyntax.EVENTS.contains(options.event())) {
            throw new UsageProblem("unknown event '%s'; GitHub's events are: %s".formatted(options.event(),
                    String.join(", ", new TreeSet<>(WorkflowSyntax.EVENTS))));
        }
        if (!Files.isDirectory(options.directory())) {
            throw new UsageProblem("-C %s: no such directory".formatted(options.directory()));
        }
        Map<String, String> secrets = KeyValues.read("--secret", options.secretFiles(), options.secrets(),
                System::getenv);
        Map<String, String> vars = KeyValues.read("--var", options.varFiles(), options.vars(), null);
        Map<String, String> inputs = KeyValues.read("--input", List.of(), options.inputs(), null);
        Map<String, String> env = KeyValues.read("--env", options.envFiles(), options.env(), null);
        Value.Obj payload = payload(options);
        if (options.event().equals("workflow_call") && !inputs.isEmpty()) {
            payload = withCallInputs(payload, inputs);
        }
        SourceRepository source = GitEventSource.openOrPlain(options.directory());
        try {
            Event event = new EventBuilder(source).build(options.event(), payload, inputs);
            return new RunInputs(event, secrets, vars, inputs, env);
        } finally {
            if (source instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // Closing a read-only repository cannot lose anything.
                }
            }
        }
    }

    private static Value.Obj payload(RunOptions options) throws UsageProblem {
        if (options.eventFile().isEmpty()) {
            return new Value.Obj(Map.of());
        }
        Path file = options.eventFile().get();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageProblem("-e %s: cannot read: %s".formatted(file, describe(e)));
        }
        return switch (PayloadText.parse(file.toString(), text)) {
            case PayloadText.Result.Ok ok -> ok.payload();
            case PayloadText.Result.Invalid invalid -> throw new UsageProblem("-e " + invalid.message());
        };
    }

    /** A workflow_call payload's inputs with the {@code --input} values over them. */
    private static Value.Obj withCallInputs(Value.Obj payload, Map<String, String> inputs) {
        Map<String, Value> given = new LinkedHashMap<>();
        if (payload.members().get("inputs") instanceof Value.Obj existing) {
            given.putAll(existing.members());
        }
        inputs.forEach((k, v) -> given.put(k, new Value.Str(v)));
        Map<String, Value> members = new LinkedHashMap<>(payload.members());
        members.put("inputs", new Value.Obj(given));
        return new Value.Obj(members);
    }

    private static String describe(Exception e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "no such file";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.charset.MalformedInputException m -> "not UTF-8 text";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
