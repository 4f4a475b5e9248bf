package dev.gantry.workflow.expr;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gantry.workflow.conformance.KnownFailures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Regression test: thousands of generated strings (seeded, so failures reproduce) mixing operators, quotes,
 * brackets, deep nesting, huge numbers and non-ASCII text. Parsing, evaluating and interpolating them may only
 * ever fail with an {@link ExpressionException}, and must finish quickly.
 */
class GarbageInputTest {

    private static final long SEED = 20_240_601L;
    private static final int CASES = 4000;
    private static final String[] PIECES = {
        " ", "  ", "\t", "\n", "(", ")", "[", "]", "[*]", ".", ".*", "*", ",", "!", "!=", "==", "=", "<", "<=", ">",
        ">=", "&&", "||", "&", "|", "'", "''", "'a''b'", "'}}'", "${{", "}}", "{", "}", "{0}", "{{", "null", "true",
        "false", "NaN", "Infinity", "-Infinity", "0", "1", "-1", ".5", "1e308", "1e999", "-0", "0x", "0xff", "0xFFFFFFFFF",
        "0o777", "0o9", "123456789012345678901234567890", "github", "github.event", "obj", "arr", "env", "a-b", "_x",
        "contains(", "startsWith(", "endsWith(", "format(", "join(", "toJSON(", "fromJSON(", "case(", "success()",
        "always()", "failure()", "cancelled()", "hashFiles(", "fromJSON('[1,[2,{}]]')", "format('{0}{1}', ",
        "é", "ß", "İ", "ı", "Σ", "日本", "😀", "\u0000", "\u00A0", "\u2028", "@", "#", "$", "\\", "\"", "%",
    };

    private static final EvaluationContext CONTEXT = EvaluationContext.of(Map.of(
            "github", new Value.Obj(Map.of("event", new Value.Obj(Map.of("name", new Value.Str("push"))))),
            "obj", new Value.Obj(Map.of("a", new Value.Arr(List.of(new Value.Num(1), Value.NULL)))),
            "arr", new Value.Arr(List.of(new Value.Str("x"), new Value.Obj(Map.of())))));

    @Test
    void generatedInputsOnlyEverFailWithExpressionException() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < CASES; i++) {
                check(generate(random));
            }
        });
    }

    @Test
    void deepAndLongInputsAreRejectedCleanly() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String unit : List.of("(", "!", "[", "a[", "f(", "fromJSON(", "a.", "-", "'", "${{ ")) {
                check(unit.repeat(20_000));
                check(unit.repeat(60) + "1");
            }
            check("1 == ".repeat(4000) + "1");
            check("a" + "[0]".repeat(6000));
            check("format('" + "{0}".repeat(5000) + "', '" + "x".repeat(5000) + "')");
        });
    }

    private static String generate(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 25);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(12) == 0) {
                s.append((char) random.nextInt(0x3000));
            } else {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return s.toString();
    }

    private static void check(String input) {
        try {
            Expr expr = ExpressionParser.parse(input);
            Evaluator.evaluate(expr, CONTEXT);
            References.of(expr);
        } catch (ExpressionException expected) {
            // the only allowed failure
        } catch (Throwable t) {
            fail("input " + escape(input) + " threw " + t, t);
        }
        try {
            Interpolation.evaluate(input, CONTEXT);
        } catch (ExpressionException expected) {
            // the only allowed failure
        } catch (Throwable t) {
            fail("interpolating " + escape(input) + " threw " + t, t);
        }
    }

    private static String escape(String input) {
        String shown = input.length() > 300 ? input.substring(0, 300) + "…" : input;
        return KnownFailures.escape(shown);
    }
}
