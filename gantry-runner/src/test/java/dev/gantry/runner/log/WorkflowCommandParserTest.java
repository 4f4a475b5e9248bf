package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Annotation;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkflowCommandParserTest {

    private static WorkflowCommand parse(String line) {
        return WorkflowCommandParser.parse(line).orElseThrow();
    }

    @Test
    void addMaskGroupEndGroupDebugStopCommands() {
        assertThat(parse("::add-mask::hunter22")).isEqualTo(new WorkflowCommand.AddMask("hunter22"));
        assertThat(parse("::group::Build it")).isEqualTo(new WorkflowCommand.Group("Build it"));
        assertThat(parse("::endgroup::")).isEqualTo(new WorkflowCommand.EndGroup());
        assertThat(parse("::debug::x = 1")).isEqualTo(new WorkflowCommand.Debug("x = 1"));
        assertThat(parse("::stop-commands::pause-1")).isEqualTo(new WorkflowCommand.StopCommands("pause-1"));
    }

    @Test
    void annotationWithEveryProperty() {
        WorkflowCommand c = parse("::error file=app.js,line=10,endLine=12,col=5,endColumn=7,title=Bad thing::Missing ;");
        assertThat(c).isEqualTo(new WorkflowCommand.Annotate(new Annotation(Annotation.Level.ERROR, "Missing ;",
                Optional.of("Bad thing"), Optional.of("app.js"), OptionalInt.of(10), OptionalInt.of(5),
                OptionalInt.of(12), OptionalInt.of(7))));
    }

    @Test
    void warningAndNoticeWithoutProperties() {
        assertThat(parse("::warning::careful")).isEqualTo(
                new WorkflowCommand.Annotate(Annotation.of(Annotation.Level.WARNING, "careful")));
        assertThat(parse("::notice::fyi")).isEqualTo(
                new WorkflowCommand.Annotate(Annotation.of(Annotation.Level.NOTICE, "fyi")));
    }

    @Test
    void invalidNumbersAreLeftOut() {
        WorkflowCommand.Annotate a = (WorkflowCommand.Annotate) parse("::error line=ten,col=-1,endLine=0::m");
        assertThat(a.annotation().line()).isEmpty();
        assertThat(a.annotation().column()).isEmpty();
        assertThat(a.annotation().endLine()).isEmpty();
    }

    @Test
    void dataAndPropertiesAreUnescapedOnce() {
        WorkflowCommand.Annotate a = (WorkflowCommand.Annotate) parse(
                "::error title=a%3Ab%2Cc%25d,file=x%0Ay::one%0Atwo%0D%25%3A%2C%250A");
        assertThat(a.annotation().title()).contains("a:b,c%d");
        assertThat(a.annotation().file()).contains("x\ny");
        assertThat(a.annotation().message()).isEqualTo("one\ntwo\r%%3A%2C%0A");
    }

    @Test
    void namesAndPropertyKeysAreCaseInsensitiveAndLeadingSpaceIsAllowed() {
        assertThat(parse("   ::ADD-MASK::abcd")).isEqualTo(new WorkflowCommand.AddMask("abcd"));
        WorkflowCommand.Annotate a = (WorkflowCommand.Annotate) parse("::Warning FILE=f,Line=3::m");
        assertThat(a.annotation().file()).contains("f");
        assertThat(a.annotation().line()).hasValue(3);
    }

    @Test
    void messageMayContainDoubleColons() {
        assertThat(parse("::notice::a::b")).isEqualTo(
                new WorkflowCommand.Annotate(Annotation.of(Annotation.Level.NOTICE, "a::b")));
    }

    @Test
    void deprecatedSetOutputAndSaveState() {
        assertThat(parse("::set-output name=result::42")).isEqualTo(new WorkflowCommand.SetOutput("result", "42"));
        assertThat(parse("::save-state name=pid::7")).isEqualTo(new WorkflowCommand.SaveState("pid", "7"));
        assertThat(parse("::set-output::42")).isInstanceOf(WorkflowCommand.Rejected.class);
    }

    @Test
    void echo() {
        assertThat(parse("::echo::on")).isEqualTo(new WorkflowCommand.Echo(true));
        assertThat(parse("::echo::OFF")).isEqualTo(new WorkflowCommand.Echo(false));
        assertThat(parse("::echo::maybe")).isInstanceOf(WorkflowCommand.Rejected.class);
    }

    @Test
    void setEnvAndAddPathAreDisabled() {
        assertThat(parse("::set-env name=A::b")).isInstanceOf(WorkflowCommand.Rejected.class);
        assertThat(parse("::add-path::/opt/bin")).isInstanceOf(WorkflowCommand.Rejected.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", ":: not a command", "::unknown-cmd::x", "::add-mask", "x ::add-mask::y",
            "", "::", "##[error]old syntax"})
    void otherLinesAreText(String line) {
        assertThat(WorkflowCommandParser.parse(line)).isEmpty();
    }
}
