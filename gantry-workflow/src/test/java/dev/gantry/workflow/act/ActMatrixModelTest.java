package dev.gantry.workflow.act;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Matrix;
import dev.gantry.workflow.model.Strategy;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.model.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code MATRIX-EXPANSION.json} states, for each job of {@code model-testdata/strategy/push.yml}, the matrix
 * combinations act computes, fail-fast and max-parallel. The expansion itself belongs to the engine; here the
 * model the reader builds must hold what those facts need: expanding its dimensions, {@code include} and
 * {@code exclude} by GitHub's documented rules (a small reference expansion below) gives the same multiset of
 * combinations, and fail-fast and max-parallel agree. A max-parallel the file does not set is act's own default
 * (the JSON's note says so) and is not compared.
 */
class ActMatrixModelTest {

    private static final String FACTS = "MATRIX-EXPANSION.json";
    private static final String WORKFLOW = "model-testdata/strategy/push.yml";

    @TestFactory
    Stream<DynamicTest> strategyModelMatchesTheExpansionFacts() throws IOException {
        Path root = ConformanceData.resolve(ActCorpus.FOLDER);
        JsonNode facts = new ObjectMapper().readTree(root.resolve(FACTS).toFile());
        Parsed<Workflow> parsed = WorkflowReader.read(WORKFLOW, Files.readString(root.resolve(WORKFLOW)));
        assertThat(parsed.hasErrors()).as("%s", parsed.diagnostics()).isFalse();
        Workflow workflow = parsed.value().orElseThrow();
        List<DynamicTest> tests = new ArrayList<>();
        facts.get("jobs").properties().forEach(entry -> tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> {
            JsonNode expected = entry.getValue();
            Job job = workflow.jobs().get(entry.getKey());
            assertThat(job).as("job %s", entry.getKey()).isNotNull();
            Strategy strategy = literal(job.strategy().orElseThrow());
            assertThat(literal(strategy.failFast())).isEqualTo(expected.get("fail_fast").asBoolean());
            strategy.maxParallel().ifPresent(max ->
                    assertThat(literal(max)).isEqualTo(expected.get("max_parallel").asDouble()));
            List<Value> combinations = new ArrayList<>();
            expected.get("combinations").forEach(c -> combinations.add(ValueJson.fromJson(c)));
            List<Value> actual = strategy.matrix().map(m -> expand(literal(m))).orElse(List.of(new Value.Obj(Map.of())));
            assertThat(actual).containsExactlyInAnyOrderElementsOf(combinations);
        })));
        return tests.stream();
    }

    private static <T> T literal(Template<T> template) {
        assertThat(template).isInstanceOf(Template.Literal.class);
        return template.literalValue().orElseThrow();
    }

    /**
     * GitHub's documented expansion: the product of the dimensions; then each {@code exclude} entry removes the
     * combinations it matches; then each {@code include} entry extends every combination whose original values
     * it does not change, or is added as a combination of its own when it extends none.
     */
    static List<Value> expand(Matrix matrix) {
        List<Map<String, Value>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, Template<List<Value>>> dimension : matrix.vectors().entrySet()) {
            List<Map<String, Value>> next = new ArrayList<>();
            for (Map<String, Value> partial : combinations) {
                for (Value value : literal(dimension.getValue())) {
                    Map<String, Value> extended = new LinkedHashMap<>(partial);
                    extended.put(dimension.getKey(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        for (Value exclude : literal(matrix.exclude())) {
            Map<String, Value> filter = ((Value.Obj) exclude).members();
            combinations.removeIf(c -> filter.entrySet().stream().allMatch(e -> e.getValue().equals(c.get(e.getKey()))));
        }
        List<Map<String, Value>> base = combinations;
        List<Map<String, Value>> added = new ArrayList<>();
        for (Value include : literal(matrix.include())) {
            Map<String, Value> entry = ((Value.Obj) include).members();
            boolean extendedAny = false;
            for (Map<String, Value> combination : base) {
                boolean keepsOriginals = entry.entrySet().stream().filter(e -> matrix.vectors().containsKey(e.getKey()))
                        .allMatch(e -> e.getValue().equals(combination.get(e.getKey())));
                if (keepsOriginals) {
                    combination.putAll(entry);
                    extendedAny = true;
                }
            }
            if (!extendedAny) {
                added.add(new LinkedHashMap<>(entry));
            }
        }
        List<Value> result = new ArrayList<>();
        Stream.concat(base.stream(), added.stream()).forEach(c -> result.add(new Value.Obj(c)));
        return result;
    }
}
