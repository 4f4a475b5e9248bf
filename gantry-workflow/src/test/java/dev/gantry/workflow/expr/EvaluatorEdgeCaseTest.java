package dev.gantry.workflow.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour the shared vectors do not pin down, checked against GitHub's documented and implemented rules. */
class EvaluatorEdgeCaseTest {

    private static final Value.Obj OBJ = new Value.Obj(Map.of("Key", new Value.Str("v")));
    private static final EvaluationContext CONTEXT = EvaluationContext.of(Map.of(
            "Obj", OBJ,
            "list", new Value.Arr(List.of(OBJ, new Value.Obj(Map.of("key", new Value.Str("w")))))));

    private static Value eval(String text) throws ExpressionException {
        return Evaluator.evaluate(ExpressionParser.parse(text), CONTEXT);
    }

    private static String str(String text) throws ExpressionException {
        return ((Value.Str) eval(text)).value();
    }

    @Test
    void numbersFormatWithFifteenSignificantDigits() throws Exception {
        assertThat(str("format('{0}', 1e15)")).isEqualTo("1E+15");
        assertThat(str("format('{0}', 123456789012345)")).isEqualTo("123456789012345");
        assertThat(str("format('{0}', 0.00001)")).isEqualTo("1E-05");
        assertThat(str("format('{0}', 0.0001)")).isEqualTo("0.0001");
        assertThat(str("format('{0}', 1.5e300)")).isEqualTo("1.5E+300");
        assertThat(str("format('{0}', 0.1)")).isEqualTo("0.1");
        assertThat(str("format('{0}', 123456789.123456789)")).isEqualTo("123456789.123457");
        assertThat(str("format('{0}', -1234567890123456789)")).isEqualTo("-1.23456789012346E+18");
    }

    @Test
    void hexAndOctalAreThirtyTwoBitIntegers() throws Exception {
        assertThat(eval("0xffffffff")).isEqualTo(new Value.Num(-1));
        assertThat(eval("0o17777777777")).isEqualTo(new Value.Num(Integer.MAX_VALUE));
        assertThatThrownBy(() -> eval("0x100000000")).isInstanceOf(ExpressionException.class);
        assertThat(eval("'0X10' == 16")).isEqualTo(Value.FALSE);
    }

    @Test
    void comparisonsFollowUpstream() throws Exception {
        assertThat(eval("Obj >= Obj")).isEqualTo(Value.TRUE);
        assertThat(eval("Obj > Obj")).isEqualTo(Value.FALSE);
        assertThat(eval("'ABC' < 'abd'")).isEqualTo(Value.TRUE);
        assertThat(eval("'a' <= 'A'")).isEqualTo(Value.TRUE);
        assertThat(eval("null >= false")).isEqualTo(Value.TRUE);
        assertThat(eval("fromJSON('[]') == fromJSON('[]')")).isEqualTo(Value.FALSE);
    }

    @Test
    void propertiesAndContextNamesIgnoreCase() throws Exception {
        assertThat(eval("obj.KEY")).isEqualTo(new Value.Str("v"));
        assertThat(eval("OBJ['key']")).isEqualTo(new Value.Str("v"));
        assertThat(eval("obj.missing")).isEqualTo(Value.NULL);
        assertThatThrownBy(() -> eval("'text'.length")).hasMessageContaining("Unexpected symbol: '.'");
    }

    @Test
    void filteredArraysApplyLaterAccessesToEachElement() throws Exception {
        assertThat(eval("list.*.key")).isEqualTo(new Value.Arr(List.of(new Value.Str("v"), new Value.Str("w"))));
        assertThat(eval("(list.*)[0]")).isEqualTo(new Value.Arr(List.of()));
        assertThat(eval("list[*].key[0]")).isEqualTo(new Value.Arr(List.of()));
        assertThat(eval("list[1.9].key")).isEqualTo(new Value.Str("w"));
    }

    @Test
    void formatEdgeCases() throws Exception {
        assertThat(str("format('{0}{0}{1}', 'a', 2)")).isEqualTo("aa2");
        assertThat(str("format('{00}', 'a')")).isEqualTo("a");
        assertThatThrownBy(() -> eval("format('{256}', 1)")).hasMessageContaining("format string is invalid");
        assertThatThrownBy(() -> eval("format('{0:x}', 1)"))
                .hasMessage("The format specifiers 'x' are not valid for objects of type 'Number'");
        assertThatThrownBy(() -> eval("format('{ 0}', 1)")).hasMessageContaining("format string is invalid");
    }

    @Test
    void fromJsonRejectsBadInputAsEvaluationErrors() {
        for (String bad : List.of("fromJSON('')", "fromJSON('{')", "fromJSON('1 2')", "fromJSON('NaN')")) {
            assertThatThrownBy(() -> eval(bad)).isInstanceOfSatisfying(ExpressionException.class,
                    e -> assertThat(e.phase()).isEqualTo(ExpressionException.Phase.EVALUATION));
        }
    }

    @Test
    void parserLimitsAreNamedErrors() {
        assertThatThrownBy(() -> ExpressionParser.parse("1".repeat(ExpressionParser.MAX_LENGTH + 1)))
                .hasMessageContaining("Exceeded max expression length 21000");
        String parens = "(".repeat(5000) + "1" + ")".repeat(5000);
        assertThatThrownBy(() -> ExpressionParser.parse(parens))
                .hasMessageContaining("Exceeded max expression depth 50");
        String chain = "a" + ".b".repeat(5000);
        assertThatThrownBy(() -> ExpressionParser.parse(chain))
                .hasMessageContaining("Exceeded max expression depth 50");
    }

    @Test
    void groupsDoNotCountTowardsDepth() throws Exception {
        assertThat(Evaluator.evaluate(ExpressionParser.parse("(".repeat(100) + "1" + ")".repeat(100)),
                CONTEXT)).isEqualTo(new Value.Num(1));
    }

    @Test
    void fieldRestrictionsRejectFunctionsAndNamesNotAllowed() throws Exception {
        assertThatThrownBy(() -> ExpressionParser.parse("success()", Set.of(), Set.of()))
                .hasMessage("Unrecognized function: 'success'. Located at position 1 within expression: success()");
        assertThat(ExpressionParser.parse("SUCCESS()", Set.of(), Set.of("success"))).isInstanceOf(Expr.Call.class);
        assertThatThrownBy(() -> ExpressionParser.parse("github.ref == env.X", Set.of("GitHub"), Set.of()))
                .hasMessageContaining("Unrecognized named-value: 'env'. Located at position 15");
        assertThatThrownBy(() -> ExpressionParser.parse("join(1, 2, 3)", Set.of(), Set.of()))
                .hasMessageContaining("Too many parameters supplied: 'join'");
    }

    @Test
    void referencesListNamedValuesAndFunctionsWithOffsets() throws Exception {
        Expr expr = ExpressionParser.parse("github.ref == 'x' && contains(env.A, matrix['k'])");
        assertThat(References.of(expr)).containsExactly(
                new References.Reference(References.Reference.Kind.NAMED_VALUE, "github", 0),
                new References.Reference(References.Reference.Kind.FUNCTION, "contains", 21),
                new References.Reference(References.Reference.Kind.NAMED_VALUE, "env", 30),
                new References.Reference(References.Reference.Kind.NAMED_VALUE, "matrix", 37));
    }

    @Test
    void memoryLimitStopsHugeStrings() {
        String big = "format('{0}{0}{0}{0}{0}{0}{0}{0}', format('{0}{0}{0}{0}{0}{0}{0}{0}', "
                + "format('{0}{0}{0}{0}{0}{0}{0}{0}', format('{0}{0}{0}{0}{0}{0}{0}{0}', "
                + "format('{0}{0}{0}{0}{0}{0}{0}{0}', format('{0}{0}{0}{0}{0}{0}{0}{0}', 'abcdefgh'))))))";
        assertThatThrownBy(() -> eval(big)).hasMessageContaining("maximum allowed memory size was exceeded");
    }

    @Test
    void hashFilesNeedsAWorkspaceAndHonoursExclusions(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> eval("hashFiles('*')")).isInstanceOf(ExpressionException.class);
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "b");
        EvaluationContext ctx = CONTEXT.withWorkspace(dir);
        Value all = Evaluator.evaluate(ExpressionParser.parse("hashFiles('**')"), ctx);
        Value onlyA = Evaluator.evaluate(ExpressionParser.parse("hashFiles('**', '!sub')"), ctx);
        Value a = Evaluator.evaluate(ExpressionParser.parse("hashFiles('a.txt')"), ctx);
        assertThat(all).isNotEqualTo(onlyA);
        assertThat(onlyA).isEqualTo(a);
        assertThat(Evaluator.evaluate(ExpressionParser.parse("hashFiles('none/**')"), ctx))
                .isEqualTo(new Value.Str(""));
        String absolute = dir.toAbsolutePath().resolve("a.txt").toString().replace('\\', '/');
        assertThat(Evaluator.evaluate(ExpressionParser.parse("hashFiles('" + absolute + "')"), ctx)).isEqualTo(a);
        assertThat(Evaluator.evaluate(ExpressionParser.parse("hashFiles('/elsewhere/a.txt')"), ctx))
                .isEqualTo(new Value.Str(""));
    }
}
