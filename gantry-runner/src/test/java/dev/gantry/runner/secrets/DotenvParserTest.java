package dev.gantry.runner.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DotenvParserTest {

    private static Map<String, String> values(String text) {
        DotenvResult result = DotenvParser.parse("s.env", text);
        assertThat(result).isInstanceOf(DotenvResult.Values.class);
        return ((DotenvResult.Values) result).values();
    }

    private static String failure(String text) {
        DotenvResult result = DotenvParser.parse("s.env", text);
        assertThat(result).isInstanceOf(DotenvResult.Failed.class);
        return ((DotenvResult.Failed) result).message();
    }

    @Test
    void plainValuesCommentsAndExport() {
        assertThat(values("# comment\n\nA=1\nexport B = two words  # note\n  C=x#not-a-comment\nD=\n"))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"), Map.entry("C", "x#not-a-comment"),
                        Map.entry("D", ""));
    }

    @Test
    void singleQuotedValuesAreLiteral() {
        assertThat(values("A='a \\n $b # c'\nB='multi\nline'\n")).containsExactly(
                Map.entry("A", "a \\n $b # c"), Map.entry("B", "multi\nline"));
    }

    @Test
    void doubleQuotedValuesWithEscapesAndLines() {
        assertThat(values("K=\"-----BEGIN-----\\nabc\\n-----END-----\" # key\nQ=\"say \\\"hi\\\" \\\\ \\$HOME \\x\"\n"
                + "M=\"line 1\r\nline 2\"\r\nAFTER=ok\n")).containsExactly(
                Map.entry("K", "-----BEGIN-----\nabc\n-----END-----"), Map.entry("Q", "say \"hi\" \\ $HOME \\x"),
                Map.entry("M", "line 1\nline 2"), Map.entry("AFTER", "ok"));
    }

    @Test
    void laterDefinitionWins() {
        assertThat(values("A=1\nB=2\nA=3\n")).containsExactly(Map.entry("A", "3"), Map.entry("B", "2"));
    }

    @Test
    void crlfAndNoFinalNewline() {
        assertThat(values("A=1\r\nB=\"2\"\r\nC=3")).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"),
                Map.entry("C", "3"));
    }

    @Test
    void exportAloneIsAName() {
        assertThat(values("export=1\n")).containsExactly(Map.entry("export", "1"));
    }

    @Test
    void errorsNameFileAndLine() {
        assertThat(failure("A=1\n9X=2\n")).isEqualTo("s.env:2: invalid name '9X': use letters, digits and _, not starting with a digit");
        assertThat(failure("A=1\n\nJUSTNAME\n")).isEqualTo("s.env:3: expected '=' after JUSTNAME");
        assertThat(failure("A=1\nB=\"open\nmore\n")).isEqualTo("s.env:2: the value of B opened with \" is never closed");
        assertThat(failure("A='x' y\n")).isEqualTo("s.env:1: unexpected text after the closing ' of A");
        assertThat(failure("A=\"x\ny\" z\n")).isEqualTo("s.env:2: unexpected text after the closing \" of A");
        assertThat(failure("MY-VAR=1\n")).startsWith("s.env:1: invalid name 'MY-VAR'");
    }

    @Test
    void messagesNeverHoldValues() {
        assertThat(failure("TOKEN='hunter2-very-secret\n")).doesNotContain("hunter2");
    }
}
