package dev.gantry.runner.envfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyValueParserTest {

    private static List<EnvEntry> entries(String text) {
        EnvFileResult<List<EnvEntry>> result = KeyValueParser.parse(EnvFileKind.OUTPUT, text);
        assertThat(result).isInstanceOf(EnvFileResult.Read.class);
        return ((EnvFileResult.Read<List<EnvEntry>>) result).value();
    }

    private static EnvFileError error(EnvFileKind kind, String text) {
        EnvFileResult<List<EnvEntry>> result = KeyValueParser.parse(kind, text);
        assertThat(result).isInstanceOf(EnvFileResult.Malformed.class);
        return ((EnvFileResult.Malformed<List<EnvEntry>>) result).error();
    }

    @Test
    void nameEqualsValueLines() {
        assertThat(entries("a=1\nb = two \nc=x=y\nd=\n")).containsExactly(new EnvEntry("a", "1", 1),
                new EnvEntry("b ", " two ", 2), new EnvEntry("c", "x=y", 3), new EnvEntry("d", "", 4));
    }

    @Test
    void heredocForm() {
        assertThat(entries("json<<EOF\n{\n  \"a\": 1\n}\nEOF\nafter=yes\n")).containsExactly(
                new EnvEntry("json", "{\n  \"a\": 1\n}", 1), new EnvEntry("after", "yes", 6));
    }

    @Test
    void heredocWithEmptyValueAndWithDelimiterLookalikes() {
        assertThat(entries("e<<END\nEND\n")).containsExactly(new EnvEntry("e", "", 1));
        assertThat(entries("v<<END\n END\nEND \nENDING\nEND\n")).containsExactly(new EnvEntry("v", " END\nEND \nENDING", 1));
    }

    @Test
    void whicheverOfEqualsAndHeredocComesFirstDecides() {
        assertThat(entries("a=b<<c\n")).containsExactly(new EnvEntry("a", "b<<c", 1));
        assertThat(entries("a<<b=c\nx\nb=c\n")).containsExactly(new EnvEntry("a", "x", 1));
    }

    @Test
    void crlfIsTolerated() {
        assertThat(entries("a=1\r\nm<<EOF\r\nl1\r\nl2\r\nEOF\r\n")).containsExactly(new EnvEntry("a", "1", 1),
                new EnvEntry("m", "l1\nl2", 2));
    }

    @Test
    void blankLinesAreSkippedAndRepeatedNamesKept() {
        assertThat(entries("\n\na=1\n   \na=2")).containsExactly(new EnvEntry("a", "1", 3), new EnvEntry("a", "2", 5));
        assertThat(entries("")).isEmpty();
    }

    @Test
    void malformedLineNamesKindAndLine() {
        EnvFileError e = error(EnvFileKind.ENV, "a=1\njust text\n");
        assertThat(e).isEqualTo(new EnvFileError(EnvFileKind.ENV, 2,
                "invalid format 'just text': expected NAME=value or NAME<<DELIMITER"));
        assertThat(e.render()).isEqualTo("GITHUB_ENV line 2: invalid format 'just text': expected NAME=value or NAME<<DELIMITER");
    }

    @Test
    void emptyNamesAndDelimitersAreErrors() {
        assertThat(error(EnvFileKind.OUTPUT, "=value\n").line()).isEqualTo(1);
        assertThat(error(EnvFileKind.STATE, "ok=1\n<<EOF\nEOF\n").render()).startsWith("GITHUB_STATE line 2: ");
        assertThat(error(EnvFileKind.OUTPUT, "name<<\n").message()).contains("delimiter");
    }

    @Test
    void unterminatedHeredocNamesTheLineItStarts() {
        EnvFileError e = error(EnvFileKind.OUTPUT, "a=1\nbody<<EOF\nline\nEOFX\n");
        assertThat(e.render()).isEqualTo("GITHUB_OUTPUT line 2: no line 'EOF' ends the value of 'body' that starts here");
    }
}
