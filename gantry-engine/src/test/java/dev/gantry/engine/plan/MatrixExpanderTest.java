package dev.gantry.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The combinatorics alone: GitHub's documented examples and the edges of the rules. */
class MatrixExpanderTest {

    @Test
    void productVariesTheFirstDimensionSlowest() {
        MatrixSpec spec = new MatrixSpec(dims("os", List.of(s("linux"), s("mac")), "v", List.of(n(1), n(2))), List.of(), List.of());
        assertThat(texts(ok(spec))).containsExactly("{os=linux, v=1}", "{os=linux, v=2}", "{os=mac, v=1}", "{os=mac, v=2}");
    }

    /** The example of GitHub's documentation on {@code include}: six combinations, in this order. */
    @Test
    void includeFollowsGitHubsDocumentedExample() {
        MatrixSpec spec = new MatrixSpec(dims("fruit", List.of(s("apple"), s("pear")), "animal", List.of(s("cat"), s("dog"))),
                List.of(row("color", s("green")), row("color", s("pink"), "animal", s("cat")),
                        row("fruit", s("apple"), "shape", s("circle")), row("fruit", s("banana")),
                        row("fruit", s("banana"), "animal", s("cat"))), List.of());
        assertThat(texts(ok(spec))).containsExactly(
                "{fruit=apple, animal=cat, color=pink, shape=circle}",
                "{fruit=apple, animal=dog, color=green, shape=circle}",
                "{fruit=pear, animal=cat, color=pink}",
                "{fruit=pear, animal=dog, color=green}",
                "{fruit=banana}",
                "{fruit=banana, animal=cat}");
    }

    /** GitHub's documented exclude example: a partial row removes every combination it matches. */
    @Test
    void excludeRemovesEveryCombinationMatchingAllOfItsKeys() {
        MatrixSpec spec = new MatrixSpec(dims("os", List.of(s("macos-latest"), s("windows-latest")),
                "version", List.of(n(12), n(14), n(16)), "environment", List.of(s("staging"), s("production"))),
                List.of(), List.of(row("os", s("macos-latest"), "version", n(12), "environment", s("production")),
                        row("os", s("windows-latest"), "version", n(16))));
        assertThat(ok(spec)).hasSize(12 - 1 - 2);
        assertThat(texts(ok(spec))).doesNotContain("{os=windows-latest, version=16, environment=staging}");
    }

    @Test
    void excludeComparesObjectsDeeplyAndKindsStrictly() {
        Value a = new Value.Obj(Map.of("os", s("linux"), "arch", s("x64")));
        Value b = new Value.Obj(Map.of("os", s("linux"), "arch", s("arm64")));
        MatrixSpec spec = new MatrixSpec(dims("cfg", List.of(a, b), "flag", List.of(Value.TRUE, s("true"))), List.of(),
                List.of(row("cfg", new Value.Obj(Map.of("arch", s("arm64"), "os", s("linux")))), row("flag", s("true"))));
        assertThat(ok(spec)).containsExactly(new Value.Obj(Map.of("cfg", a, "flag", Value.TRUE)));
    }

    @Test
    void includeOnlyMatrixYieldsItsRows() {
        MatrixSpec spec = new MatrixSpec(Map.of(), List.of(row("os", s("linux")), row("os", s("linux"), "x", n(1))), List.of());
        assertThat(texts(ok(spec))).containsExactly("{os=linux}", "{os=linux, x=1}");
    }

    @Test
    void includeNeverOverwritesAnOriginalValueButMayOverwriteAnAddedOne() {
        MatrixSpec spec = new MatrixSpec(dims("os", List.of(s("linux"))),
                List.of(row("extra", s("a")), row("extra", s("b")), row("os", s("mac"), "extra", s("c"))), List.of());
        assertThat(texts(ok(spec))).containsExactly("{os=linux, extra=b}", "{os=mac, extra=c}");
    }

    @Test
    void moreThan256CombinationsIsAnError() {
        List<Value> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(n(i));
        }
        MatrixSpec exact = new MatrixSpec(dims("a", sixteen, "b", sixteen), List.of(), List.of());
        assertThat(ok(exact)).hasSize(256);
        MatrixSpec over = new MatrixSpec(dims("a", sixteen, "b", sixteen), List.of(row("z", n(1), "a", n(99))), List.of());
        assertThat(error(over)).contains("257 combinations").contains("256");
        MatrixSpec huge = new MatrixSpec(dims("a", sixteen, "b", sixteen, "c", sixteen, "d", sixteen, "e", sixteen), List.of(), List.of());
        assertThat(error(huge)).contains("at most 256");
    }

    @Test
    void emptyResultsAreErrors() {
        assertThat(error(new MatrixSpec(Map.of(), List.of(), List.of()))).contains("at least one vector");
        assertThat(error(new MatrixSpec(dims("os", List.of()), List.of(), List.of()))).contains("'os' does not contain any values");
        assertThat(error(new MatrixSpec(dims("os", List.of(s("a"))), List.of(), List.of(row("os", s("a"))))))
                .contains("no combinations left");
    }

    static Value.Str s(String v) {
        return new Value.Str(v);
    }

    static Value.Num n(double v) {
        return new Value.Num(v);
    }

    static Map<String, List<Value>> dims(Object... pairs) {
        Map<String, List<Value>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Value> values = (List<Value>) pairs[i + 1];
            out.put((String) pairs[i], values);
        }
        return out;
    }

    static Value.Obj row(Object... pairs) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        return new Value.Obj(out);
    }

    private static List<Value.Obj> ok(MatrixSpec spec) {
        Evaluated<List<Value.Obj>> result = MatrixExpander.expand(spec, Span.NONE);
        assertThat(result).isInstanceOf(Evaluated.Ok.class);
        return ((Evaluated.Ok<List<Value.Obj>>) result).value();
    }

    private static String error(MatrixSpec spec) {
        Evaluated<List<Value.Obj>> result = MatrixExpander.expand(spec, Span.NONE);
        assertThat(result).isInstanceOf(Evaluated.Error.class);
        return ((Evaluated.Error<List<Value.Obj>>) result).message();
    }

    private static List<String> texts(List<Value.Obj> combinations) {
        return combinations.stream().map(c -> text(c)).toList();
    }

    private static String text(Value.Obj c) {
        List<String> parts = new ArrayList<>();
        c.members().forEach((k, v) -> parts.add(k + "=" + switch (v) {
            case Value.Str str -> str.value();
            case Value.Num num -> num.value() == Math.floor(num.value()) ? String.valueOf((long) num.value()) : String.valueOf(num.value());
            default -> v.toString();
        }));
        return "{" + String.join(", ", parts) + "}";
    }
}
