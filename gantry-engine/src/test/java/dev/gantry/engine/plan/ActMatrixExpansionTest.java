package dev.gantry.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.conformance.ActCorpusFiles;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code MATRIX-EXPANSION.json}: for each job of {@code model-testdata/strategy/push.yml}, the planner's
 * combinations equal act's as a multiset, and fail-fast and max-parallel agree. A max-parallel the workflow does
 * not set is act's own default (the file's note says so): there the planner must report none set, and the
 * {@code strategy} context then reports the number of combinations, as GitHub does.
 */
class ActMatrixExpansionTest {

    @TestFactory
    Stream<DynamicTest> expansionMatchesActsFacts() throws IOException {
        Path root = ActCorpusFiles.root();
        JsonNode facts = new ObjectMapper().readTree(root.resolve("MATRIX-EXPANSION.json").toFile());
        Workflow workflow = Workflows.read(Files.readString(root.resolve("model-testdata/strategy/push.yml")));
        RunPlan plan = ((PlanOutcome.Planned) new RunPlanner(ContextEvaluator.empty()).plan(workflow)).plan();
        List<DynamicTest> tests = new ArrayList<>();
        facts.get("jobs").properties().forEach(entry -> tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> {
            JsonNode expected = entry.getValue();
            Instances instances = plan.job(entry.getKey()).orElseThrow().instances();
            assertThat(instances).isInstanceOf(Instances.Expanded.class);
            JobStrategy strategy = ((Instances.Expanded) instances).strategy();
            assertThat(strategy.failFast()).isEqualTo(expected.get("fail_fast").asBoolean());
            boolean setInWorkflow = !entry.getKey().equals("strategy-only-fail-fast");
            if (setInWorkflow) {
                assertThat(strategy.maxParallel()).hasValue(expected.get("max_parallel").asInt());
            } else {
                assertThat(strategy.maxParallel()).isEmpty();
                assertThat(strategy.context(0).members().get("max-parallel"))
                        .isEqualTo(new Value.Num(strategy.combinations().size()));
            }
            List<Value> combinations = new ArrayList<>();
            expected.get("combinations").forEach(c -> combinations.add(ValueJson.fromJson(c)));
            assertThat(strategy.combinations()).containsExactlyInAnyOrderElementsOf(
                    combinations.stream().map(Value.Obj.class::cast).toList());
        })));
        assertThat(tests).hasSize(4);
        return tests.stream();
    }
}
