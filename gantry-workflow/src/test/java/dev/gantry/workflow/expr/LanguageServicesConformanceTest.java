package dev.gantry.workflow.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * GitHub's cross-language expression vectors ({@code expressions/languageservices/*.json}). Each vector is parsed
 * with its {@code contexts} keys as the only named values and the built-in functions only, then evaluated; a
 * result must match in kind and value (numbers numerically), an error in phase and by containing the expected
 * text. Requires 99% and no failure outside the known-failures list.
 */
class LanguageServicesConformanceTest {

    static final String CORPUS = "expressions-languageservices";
    static final double REQUIRED_PERCENT = 99.0;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Vector(String id, String expr, JsonNode contexts, JsonNode result, JsonNode err) {}

    @TestFactory
    Stream<DynamicNode> vectors() throws IOException {
        List<Vector> vectors = load(ConformanceData.resolve("expressions/languageservices"));
        KnownFailures known = KnownFailures.load(CORPUS);
        List<DynamicNode> tests = new ArrayList<>();
        int passed = 0;
        for (Vector v : vectors) {
            Optional<String> failure = check(v);
            if (failure.isEmpty()) {
                passed++;
                if (known.contains(v.id())) {
                    System.out.println("known failure now passes: " + v.id());
                }
            }
            tests.add(DynamicTest.dynamicTest(v.id(), () -> {
                if (failure.isPresent() && !known.contains(v.id())) {
                    fail(failure.get());
                }
            }));
        }
        KnownFailures.printRate(CORPUS, passed, vectors.size());
        int total = vectors.size();
        int passedCount = passed;
        tests.add(DynamicTest.dynamicTest("pass rate at least " + REQUIRED_PERCENT + "%", () ->
                assertTrue(total > 0 && 100.0 * passedCount / total >= REQUIRED_PERCENT,
                        "passed " + passedCount + " of " + total)));
        return tests.stream();
    }

    static List<Vector> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Vector> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path file : files) {
            JsonNode root = MAPPER.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> groups = root.fields(); groups.hasNext(); ) {
                Map.Entry<String, JsonNode> group = groups.next();
                for (JsonNode v : group.getValue()) {
                    String expr = v.path("expr").asText("");
                    String base = file.getFileName() + "#" + group.getKey() + "#" + KnownFailures.escape(expr);
                    int n = seen.merge(base, 1, Integer::sum);
                    out.add(new Vector(n == 1 ? base : base + "#" + n, expr, v.get("contexts"),
                            v.get("result"), v.get("err")));
                }
            }
        }
        return out;
    }

    /** Empty when the vector passes, else why not. */
    static Optional<String> check(Vector v) {
        try {
            Map<String, Value> contexts = new LinkedHashMap<>();
            if (v.contexts() != null) {
                v.contexts().fields().forEachRemaining(e -> contexts.put(e.getKey(), ValueJson.fromJson(e.getValue())));
            }
            Value actual;
            try {
                Expr expr = ExpressionParser.parse(v.expr(), contexts.keySet(), Set.of());
                actual = Evaluator.evaluate(expr, EvaluationContext.of(contexts));
            } catch (ExpressionException e) {
                if (v.err() == null) {
                    return Optional.of("unexpected " + e.phase() + " error: " + e.getMessage());
                }
                String phase = e.phase().name().toLowerCase(Locale.ROOT);
                String wanted = v.err().path("value").asText();
                if (!phase.equals(v.err().path("kind").asText())) {
                    return Optional.of("phase " + phase + " instead of " + v.err().path("kind").asText()
                            + ": " + e.getMessage());
                }
                return e.getMessage().contains(wanted) ? Optional.empty()
                        : Optional.of("message '" + e.getMessage() + "' does not contain '" + wanted + "'");
            }
            if (v.result() == null) {
                return Optional.of("expected error " + v.err() + " but got " + ValueJson.render(actual));
            }
            String kind = actual.kindName();
            if (!kind.equals(v.result().path("kind").asText())) {
                return Optional.of("kind " + kind + " instead of " + v.result().path("kind").asText()
                        + ": " + ValueJson.render(actual));
            }
            return sameJson(v.result().get("value"), actual) ? Optional.empty()
                    : Optional.of("value " + ValueJson.render(actual) + " instead of " + v.result().get("value"));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of("crashed: " + e);
        }
    }

    static boolean sameJson(JsonNode expected, Value actual) {
        if (expected == null || expected.isNull()) {
            return actual instanceof Value.Null;
        }
        return switch (actual) {
            case Value.Null n -> false;
            case Value.Bool b -> expected.isBoolean() && expected.booleanValue() == b.value();
            case Value.Num n -> expected.isNumber() && expected.doubleValue() == n.value();
            case Value.Str s -> expected.isTextual() && expected.textValue().equals(s.value());
            case Value.Arr a -> {
                if (!expected.isArray() || expected.size() != a.items().size()) {
                    yield false;
                }
                for (int i = 0; i < expected.size(); i++) {
                    if (!sameJson(expected.get(i), a.items().get(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case Value.Obj o -> {
                if (!expected.isObject() || expected.size() != o.members().size()) {
                    yield false;
                }
                for (Map.Entry<String, Value> e : o.members().entrySet()) {
                    if (!expected.has(e.getKey()) || !sameJson(expected.get(e.getKey()), e.getValue())) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }
}
