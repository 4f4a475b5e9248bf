package dev.gantry.runner.log;

import dev.gantry.engine.exec.Annotation;
import java.util.Locale;
import java.util.Optional;

/**
 * The stage of the log pipeline that carries out workflow commands. Each whole line is either a command, which
 * is acted on (an {@code ::add-mask::} value is registered with the masker before the next line is looked at)
 * and turned into events, or plain text, which passes on. Between {@code ::stop-commands::TOKEN} and a line
 * {@code ::TOKEN::} every line is plain text. Command lines are not shown unless {@code ::echo::on}.
 *
 * <p>Not thread-safe: the {@link LogPipeline} calls it under its lock. Events go to the next stage unmasked;
 * the masking stage after it masks them.
 */
final class CommandInterceptor {

    static final String SHORT_SECRET_WARNING = "A secret value shorter than " + SecretMasker.MIN_LENGTH
            + " characters is not masked in logs";
    private static final String DEPRECATED = "The `%s` command is deprecated and will be disabled soon. Please "
            + "upgrade to using Environment Files. For more information see: "
            + "https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/";

    private final SecretMasker masker;
    private final LogSink next;
    private final boolean debug;
    private Optional<String> stopToken = Optional.empty();
    private boolean echo;

    /** {@code debug}: step debug logging is on, so {@code ::debug::} lines are shown and commands echoed. */
    CommandInterceptor(SecretMasker masker, LogSink next, boolean debug) {
        this.masker = masker;
        this.next = next;
        this.debug = debug;
        this.echo = debug;
    }

    /** Handles one whole line of step output. */
    void accept(String line) {
        if (stopToken.isPresent()) {
            if (line.strip().equalsIgnoreCase("::" + stopToken.get() + "::")) {
                stopToken = Optional.empty();
                echo(line);
            } else {
                next.accept(new LogEvent.Text(line));
            }
            return;
        }
        Optional<WorkflowCommand> command = WorkflowCommandParser.parse(line);
        if (command.isEmpty()) {
            next.accept(new LogEvent.Text(line));
            return;
        }
        carryOut(command.get());
        echo(line);
    }

    private void carryOut(WorkflowCommand command) {
        switch (command) {
            case WorkflowCommand.AddMask m -> addMask(m.value());
            case WorkflowCommand.Group g -> next.accept(new LogEvent.GroupStart(g.title()));
            case WorkflowCommand.EndGroup e -> next.accept(new LogEvent.GroupEnd());
            case WorkflowCommand.Annotate a -> next.accept(new LogEvent.Annotated(a.annotation()));
            case WorkflowCommand.Debug d -> {
                if (debug) {
                    next.accept(new LogEvent.Debug(d.message()));
                }
            }
            case WorkflowCommand.StopCommands s -> stop(s.token());
            case WorkflowCommand.Echo e -> echo = e.on();
            case WorkflowCommand.SetOutput o -> {
                warn(DEPRECATED.formatted("set-output"));
                next.accept(new LogEvent.Output(o.name(), o.value()));
            }
            case WorkflowCommand.SaveState s -> {
                warn(DEPRECATED.formatted("save-state"));
                next.accept(new LogEvent.State(s.name(), s.value()));
            }
            case WorkflowCommand.Rejected r ->
                    next.accept(new LogEvent.CommandFailed("Unable to process command '" + r.command() + "': " + r.reason()));
        }
    }

    private void addMask(String value) {
        switch (masker.add(value)) {
            case MASKED -> {}
            case TOO_SHORT -> {
                if (masker.firstShortWarning()) {
                    warn(SHORT_SECRET_WARNING);
                }
            }
            case BLANK -> warn("Can't add secret mask for empty string in ::add-mask:: command.");
        }
    }

    private void stop(String token) {
        if (token.isEmpty() || WorkflowCommandParser.NAMES.contains(token.toLowerCase(Locale.ROOT))) {
            next.accept(new LogEvent.CommandFailed("Unable to process command 'stop-commands': the token must not be"
                    + " empty or the name of a workflow command"));
            return;
        }
        stopToken = Optional.of(token);
    }

    private void warn(String message) {
        next.accept(new LogEvent.Annotated(Annotation.of(Annotation.Level.WARNING, message)));
    }

    private void echo(String line) {
        if (echo) {
            next.accept(new LogEvent.Text(line));
        }
    }
}
