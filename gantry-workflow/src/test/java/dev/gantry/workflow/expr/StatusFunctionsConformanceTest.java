package dev.gantry.workflow.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
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
 * The status-function truth table ({@code expressions/runner-status-functions/status-functions.tsv}): each row's
 * condition evaluated with its job status and, inside a composite action, the composite's status. Requires 100%.
 */
class StatusFunctionsConformanceTest {

    static final String CORPUS = "expressions-runner-status-functions";

    record Row(String id, String function, String jobStatus, String compositeStatus, boolean expected) {}

    @TestFactory
    Stream<DynamicNode> rows() throws Exception {
        List<Row> rows = load();
        List<DynamicNode> tests = new ArrayList<>();
        int passed = 0;
        for (Row row : rows) {
            boolean actual = evaluate(row);
            passed += actual == row.expected() ? 1 : 0;
            tests.add(DynamicTest.dynamicTest(row.id() + " " + row.function() + " job=" + row.jobStatus()
                    + " composite=" + row.compositeStatus(), () -> assertEquals(row.expected(), actual)));
        }
        KnownFailures.printRate(CORPUS, passed, rows.size());
        int passedCount = passed;
        tests.add(DynamicTest.dynamicTest("all rows pass", () ->
                assertTrue(!rows.isEmpty() && passedCount == rows.size())));
        return tests.stream();
    }

    private static boolean evaluate(Row row) throws Exception {
        StatusInfo status = new StatusInfo(outcome(row.jobStatus()).orElse(StatusInfo.Outcome.SUCCESS),
                outcome(row.compositeStatus()));
        Expr expr = ExpressionParser.parse(row.function(), Set.of(),
                Set.of("success", "failure", "cancelled", "always"));
        return Evaluator.evaluate(expr, EvaluationContext.of(Map.of()).withStatus(status)) instanceof Value.Bool b
                && b.value();
    }

    private static Optional<StatusInfo.Outcome> outcome(String text) {
        return text.isBlank() ? Optional.empty()
                : Optional.of(StatusInfo.Outcome.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    }

    private static List<Row> load() throws IOException {
        List<String> lines = Files.readAllLines(
                ConformanceData.resolve("expressions/runner-status-functions/status-functions.tsv"));
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            rows.add(new Row(cells.get(header.indexOf("id")), cells.get(header.indexOf("function")),
                    cells.get(header.indexOf("job_status")), cells.get(header.indexOf("composite_status")),
                    Boolean.parseBoolean(cells.get(header.indexOf("expected")).strip())));
        }
        return rows;
    }
}
