package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Annotation;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LogPipelineTest {

    private static Collected run(String output) {
        return Collected.run(new SecretMasker(), output);
    }

    private static Collected debug(String output) {
        return Collected.run(new SecretMasker(), output.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void plainLinesPassThroughAndCommandLinesAreNotShown() {
        assertThat(run("a\n::add-mask::abcdefg\nb\n").lines()).containsExactly("a", "b");
    }

    @Test
    void unknownCommandsPassThroughAsText() {
        assertThat(run("::frobnicate::x\n::set-env-ish::y\n").lines()).containsExactly("::frobnicate::x", "::set-env-ish::y");
    }

    @Test
    void groupsBecomeEvents() {
        Collected out = run("::group::Compile\nx\n::endgroup::\n");
        assertThat(out.events).containsExactly(new LogEvent.GroupStart("Compile"), new LogEvent.Text("x"),
                new LogEvent.GroupEnd());
        assertThat(out.lines()).containsExactly("##[group]Compile", "x", "##[endgroup]");
    }

    @Test
    void annotationsBecomeEngineAnnotations() {
        Collected out = run("::warning file=src/a.js,line=3,col=4,title=Lint::unused x\n");
        assertThat(out.events).containsExactly(new LogEvent.Annotated(new Annotation(Annotation.Level.WARNING,
                "unused x", Optional.of("Lint"), Optional.of("src/a.js"), OptionalInt.of(3), OptionalInt.of(4),
                OptionalInt.empty(), OptionalInt.empty())));
    }

    @Test
    void debugIsShownOnlyWhenDebugIsOn() {
        assertThat(run("::debug::details\n").events).isEmpty();
        assertThat(debug("::debug::details\n").events).contains(new LogEvent.Debug("details"));
    }

    @Test
    void stopCommandsUntilTheTokenLine() {
        Collected out = run(String.join("\n", "::stop-commands::pause-42", "::add-mask::notmasked", "::error::not an error",
                "::pause-42::", "::error::an error", "notmasked", ""));
        assertThat(out.lines()).containsExactly("::add-mask::notmasked", "::error::not an error", "##[error]an error",
                "notmasked");
    }

    @Test
    void stopCommandsTokenMustNotBeEmptyOrACommandName() {
        assertThat(run("::stop-commands::\n").events).singleElement().isInstanceOf(LogEvent.CommandFailed.class);
        Collected out = run("::stop-commands::group\n::group::g\n");
        assertThat(out.events.getFirst()).isInstanceOf(LogEvent.CommandFailed.class);
        assertThat(out.events.get(1)).isEqualTo(new LogEvent.GroupStart("g"));
    }

    @Test
    void echoShowsCommandLinesMasked() {
        Collected out = run("::echo::on\n::add-mask::s3cr3t-v4lue\n::notice::hi\n::echo::off\n::notice::quiet\n");
        assertThat(out.lines()).containsExactly("::echo::on", "::add-mask::***", "##[notice]hi", "::notice::hi",
                "##[notice]quiet");
    }

    @Test
    void debugModeEchoesCommandsByDefault() {
        assertThat(debug("::group::g\n").lines()).containsExactly("##[group]g", "::group::g");
    }

    @Test
    void deprecatedSetOutputAndSaveStateAreHonouredWithAWarning() {
        CommandRecorder recorder = new CommandRecorder();
        LogPipeline pipeline = new LogPipeline(new SecretMasker(), recorder, false);
        pipeline.line("::set-output name=version::1.2.3");
        pipeline.line("::save-state name=pid::99");
        assertThat(recorder.outputs()).containsExactly(java.util.Map.entry("version", "1.2.3"));
        assertThat(recorder.state()).containsExactly(java.util.Map.entry("pid", "99"));
        assertThat(recorder.annotations()).extracting(Annotation::message)
                .allMatch(m -> m.contains("deprecated")).anyMatch(m -> m.contains("`set-output`"))
                .anyMatch(m -> m.contains("`save-state`"));
        assertThat(recorder.failures()).isEmpty();
    }

    @Test
    void outputValuesStayRawSoLaterStepsCanUseThem() {
        SecretMasker masker = new SecretMasker();
        masker.add("token-value-1");
        CommandRecorder recorder = new CommandRecorder();
        new LogPipeline(masker, recorder, false).line("::set-output name=t::token-value-1");
        assertThat(recorder.outputs()).containsEntry("t", "token-value-1");
    }

    @Test
    void disabledAndInvalidCommandsFailTheStep() {
        CommandRecorder recorder = new CommandRecorder();
        LogPipeline pipeline = new LogPipeline(new SecretMasker(), recorder, false);
        pipeline.line("::set-env name=A::b");
        pipeline.line("::add-path::/x");
        pipeline.line("::echo::loud");
        pipeline.line("::save-state::nameless");
        assertThat(recorder.failures()).hasSize(4).allMatch(f -> f.startsWith("Unable to process command"));
    }

    @Test
    void shortMaskValuesWarnOnceAndEmptyOnesWarn() {
        Collected out = run("::add-mask::abc\n::add-mask::xy\n::add-mask::\nabc\n");
        assertThat(out.lines()).containsExactly("##[warning]" + CommandInterceptor.SHORT_SECRET_WARNING,
                "##[warning]Can't add secret mask for empty string in ::add-mask:: command.", "abc");
    }

    @Test
    void printedRunnerLinesAreMaskedButNeverCommands() {
        SecretMasker masker = new SecretMasker();
        masker.add("p4ssw0rd");
        Collected sink = new Collected();
        LogPipeline pipeline = new LogPipeline(masker, sink, false);
        pipeline.print("Run echo p4ssw0rd");
        pipeline.print("::add-mask::other");
        assertThat(sink.lines()).containsExactly("Run echo ***", "::add-mask::other");
        assertThat(masker.mask("other")).isEqualTo("other");
    }

    @Test
    void stdoutAndStderrWrittenConcurrentlyKeepTheirLinesWhole() throws Exception {
        SecretMasker masker = new SecretMasker();
        masker.add("SECRET-XYZ");
        Collected sink = new Collected();
        LogPipeline pipeline = new LogPipeline(masker, sink, false);
        List<Thread> writers = List.of("out", "err").stream().map(name -> Thread.ofPlatform().start(() -> {
            try (OutputStream stream = pipeline.stream()) {
                for (int i = 0; i < 2000; i++) {
                    byte[] line = (name + " " + i + " SECRET-XYZ\n").getBytes(StandardCharsets.UTF_8);
                    stream.write(line, 0, 5);
                    stream.write(line, 5, line.length - 5);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).toList();
        for (Thread t : writers) {
            t.join();
        }
        assertThat(sink.lines()).hasSize(4000).allMatch(l -> l.matches("(out|err) \\d+ \\*\\*\\*"));
    }

    @Test
    void listenerSinkForwardsLinesAndAnnotations() {
        List<String> logged = new java.util.ArrayList<>();
        List<Annotation> annotated = new java.util.ArrayList<>();
        dev.gantry.engine.exec.JobListener listener = new dev.gantry.engine.exec.JobListener() {
            @Override
            public void stepStarted(int stepIndex, String stepName) {}

            @Override
            public void log(int stepIndex, String line) {
                logged.add(stepIndex + ":" + line);
            }

            @Override
            public void annotation(int stepIndex, Annotation annotation) {
                annotated.add(annotation);
            }

            @Override
            public void stepFinished(dev.gantry.engine.exec.StepResult result) {}
        };
        LogPipeline pipeline = new LogPipeline(new SecretMasker(), new ListenerSink(2, listener), false);
        pipeline.line("hello");
        pipeline.line("::error::bad");
        pipeline.line("::set-output name=a::b");
        assertThat(logged).containsExactly("2:hello", "2:##[error]bad", "2:##[warning]" + annotated.get(1).message());
        assertThat(annotated).extracting(Annotation::level).containsExactly(Annotation.Level.ERROR, Annotation.Level.WARNING);
    }

    @Test
    void writerSinkWritesRenderedLines() {
        java.io.StringWriter file = new java.io.StringWriter();
        LogPipeline pipeline = new LogPipeline(new SecretMasker(), new WriterSink(file), false);
        pipeline.line("one");
        pipeline.line("::group::two");
        pipeline.line("::set-output name=x::y");
        assertThat(file.toString()).startsWith("one\n##[group]two\n##[warning]The `set-output` command is deprecated");
    }
}
