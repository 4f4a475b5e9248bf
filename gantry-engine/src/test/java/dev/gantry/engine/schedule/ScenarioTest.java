package dev.gantry.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.plan.ContextEvaluator;
import dev.gantry.engine.plan.PlanOutcome;
import dev.gantry.engine.plan.RunPlanner;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import dev.gantry.workflow.model.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario under {@code src/test/resources/scenarios/} (see {@link Scenario} for the format), run through
 * the scheduler with a scripted executor: the full log of decisions and results, the conclusion of every job and
 * instance, the run's conclusion, and chosen start contexts must be as written.
 */
class ScenarioTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "scenarios");

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(Scenario.load(file))));
    }

    private static void check(Scenario scenario) {
        Parsed<Workflow> parsed = WorkflowReader.read(scenario.name() + ".yml", scenario.workflow());
        assertThat(parsed.hasErrors()).as("%s", parsed.diagnostics()).isFalse();
        ContextEvaluator evaluator = ContextEvaluator.of(scenario.contexts());
        PlanOutcome outcome = new RunPlanner(evaluator).plan(parsed.value().orElseThrow());
        assertThat(outcome).as("%s", outcome).isInstanceOf(PlanOutcome.Planned.class);
        RunScheduler scheduler = new RunScheduler(((PlanOutcome.Planned) outcome).plan(), evaluator);
        ScriptedRun run = new ScriptedRun(scenario, scheduler);
        run.run();
        assertThat(run.log).as("log of %s", scenario.name()).containsExactlyElementsOf(scenario.log());
        Map<String, String> jobs = new LinkedHashMap<>();
        scheduler.conclusions().forEach((key, c) -> jobs.put(key.toString(), c.result()));
        assertThat(jobs).as("job conclusions").containsExactlyInAnyOrderEntriesOf(scenario.jobs());
        assertThat(scheduler.conclusion()).as("run conclusion").map(Conclusion::result).hasValue(scenario.run());
        scenario.startContexts().forEach((key, expected) -> {
            Map<String, Value> actual = run.startContexts.get(key);
            assertThat(actual).as("contexts of %s", key).isNotNull();
            expected.forEach((name, value) -> assertThat(ValueJson.toJson(actual.getOrDefault(name, Value.NULL)))
                    .as("%s of %s", name, key).isEqualTo(ValueJson.toJson(value)));
        });
    }
}
