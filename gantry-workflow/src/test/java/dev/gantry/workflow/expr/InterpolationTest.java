package dev.gantry.workflow.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.workflow.expr.Interpolation.Part;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.of(Map.of(
            "github", new Value.Obj(Map.of("ref", new Value.Str("refs/heads/main"))),
            "matrix", new Value.Obj(Map.of("n", new Value.Num(3), "list", new Value.Arr(List.of(Value.TRUE))))));

    @Test
    void textWithoutExpressionsIsOnePart() throws Exception {
        assertThat(Interpolation.split("plain text")).containsExactly(new Part.Text("plain text", 0));
        assertThat(Interpolation.split("")).isEmpty();
    }

    @Test
    void splitsTextAndExpressionsWithOffsets() throws Exception {
        assertThat(Interpolation.split("a ${{ x }} b${{y}}")).containsExactly(
                new Part.Text("a ", 0), new Part.Embedded(" x ", 5), new Part.Text(" b", 10),
                new Part.Embedded("y", 15));
    }

    @Test
    void closingBracesInsideStringLiteralsDoNotClose() throws Exception {
        assertThat(Interpolation.split("${{ format('}}{0}', 'it''s') }}!")).containsExactly(
                new Part.Embedded(" format('}}{0}', 'it''s') ", 3), new Part.Text("!", 31));
    }

    @Test
    void emptyExpressionIsAllowed() throws Exception {
        assertThat(Interpolation.split("${{}}")).containsExactly(new Part.Embedded("", 3));
    }

    @Test
    void unclosedExpressionIsAnErrorAtItsOpening() {
        assertThatThrownBy(() -> Interpolation.split("ok ${{ github.ref"))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.offset()).isEqualTo(3);
                    assertThat(e.phase()).isEqualTo(ExpressionException.Phase.PARSING);
                    assertThat(e.reason()).startsWith("The expression is not closed.");
                });
        assertThatThrownBy(() -> Interpolation.split("${{ '}}' "))
                .isInstanceOf(ExpressionException.class);
    }

    @Test
    void singleExpressionKeepsItsType() throws Exception {
        assertThat(Interpolation.evaluate("${{ matrix.n }}", CONTEXT)).isEqualTo(new Value.Num(3));
        assertThat(Interpolation.evaluate("${{ matrix.list }}", CONTEXT)).isInstanceOf(Value.Arr.class);
    }

    @Test
    void whitespaceAroundASingleExpressionIsTextAsInGitHubsTemplateReader() throws Exception {
        assertThat(Interpolation.evaluate("  ${{ matrix.n }}\n", CONTEXT)).isEqualTo(new Value.Str("  3\n"));
    }

    @Test
    void mixedTextIsConcatenatedWithGitHubsStringForms() throws Exception {
        assertThat(Interpolation.evaluate("ref=${{ github.ref }} n=${{ matrix.n }} l=${{ matrix.list }}"
                + " null=${{ null }}. half=${{ 0.5 }}", CONTEXT))
                .isEqualTo(new Value.Str("ref=refs/heads/main n=3 l=Array null=. half=0.5"));
        assertThat(Interpolation.evaluate("${{ 1 }}${{ true }}", CONTEXT)).isEqualTo(new Value.Str("1true"));
    }
}
