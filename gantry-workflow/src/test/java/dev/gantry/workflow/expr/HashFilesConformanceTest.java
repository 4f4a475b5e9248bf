package dev.gantry.workflow.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code hashFiles()} vectors ({@code expressions/hashfiles/vectors.tsv}) against the {@code fixtures/} tree, using
 * the {@code github_runner_expected} column (GitHub's algorithm; empty means {@code ''}). Requires 100%.
 */
class HashFilesConformanceTest {

    static final String CORPUS = "expressions-hashfiles";

    record Row(String id, String expression, String expected) {}

    @TestFactory
    Stream<DynamicNode> vectors() throws IOException {
        Path dir = ConformanceData.resolve("expressions/hashfiles");
        Path workspace = dir.resolve("fixtures");
        List<Row> rows = load(dir.resolve("vectors.tsv"));
        List<DynamicNode> tests = new ArrayList<>();
        int passed = 0;
        for (Row row : rows) {
            String actual = evaluate(row.expression(), workspace);
            passed += row.expected().equals(actual) ? 1 : 0;
            tests.add(DynamicTest.dynamicTest(row.id(), () -> assertEquals(row.expected(), actual)));
        }
        KnownFailures.printRate(CORPUS, passed, rows.size());
        int passedCount = passed;
        tests.add(DynamicTest.dynamicTest("all vectors pass", () ->
                assertTrue(!rows.isEmpty() && passedCount == rows.size())));
        return tests.stream();
    }

    private static String evaluate(String expression, Path workspace) {
        try {
            Expr expr = ExpressionParser.parse(expression, Set.of(), Set.of("hashFiles"));
            Value v = Evaluator.evaluate(expr, EvaluationContext.of(Map.of()).withWorkspace(workspace));
            return v instanceof Value.Str s ? s.value() : "not a string: " + v;
        } catch (ExpressionException e) {
            return "error: " + e.getMessage();
        }
    }

    private static List<Row> load(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            rows.add(new Row(cells.get(header.indexOf("id")), cells.get(header.indexOf("expression")),
                    cells.get(header.indexOf("github_runner_expected")).strip()));
        }
        return rows;
    }
}
