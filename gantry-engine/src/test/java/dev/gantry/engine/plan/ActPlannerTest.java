package dev.gantry.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.conformance.ActCorpusFiles;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
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
 * The planning facts of {@code PLANNER.tsv} (the rows with an event): for a file or the workflow files of a
 * directory and an event ({@code ALL} plans every workflow whatever its events), {@code plan} means the
 * planner gives stages — compared with the job order the detail states — {@code no-plan} means no workflow is
 * triggered, {@code error} means some workflow is invalid (the other valid ones are still planned: the detail
 * states how many stages). The reader's diagnostics do not count: the graph check must find the problem itself.
 * The rows without an event are validation facts, measured by the workflow module's corpus test.
 */
class ActPlannerTest {

    record Planning(List<List<String>> stages, List<String> errors) {}

    @TestFactory
    Stream<DynamicTest> plannerFacts() throws IOException {
        Path root = ActCorpusFiles.root();
        List<String> lines = Files.readAllLines(root.resolve("PLANNER.tsv"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (line.isBlank() || cells[1].equals("-")) {
                continue;
            }
            String path = cells[0];
            String event = cells[1];
            String expected = cells[2];
            String detail = cells[3];
            tests.add(DynamicTest.dynamicTest(path + " " + event + " " + expected, () -> {
                Planning planning = plan(root, path, event);
                switch (expected) {
                    case "plan" -> {
                        assertThat(planning.errors()).isEmpty();
                        assertThat(planning.stages()).isNotEmpty();
                        assertThat(detail).contains(planning.stages().size() + " stages");
                        assertThat(detail).contains(String.join(", ", planning.stages().stream().map(s -> String.join(" ", s)).toList()));
                    }
                    case "no-plan" -> {
                        assertThat(planning.errors()).isEmpty();
                        assertThat(planning.stages()).isEmpty();
                    }
                    case "error" -> {
                        assertThat(planning.errors()).isNotEmpty();
                        int stated = detail.contains("1 stage planned") ? 1 : 0;
                        assertThat(planning.stages()).hasSize(stated);
                    }
                    default -> throw new AssertionError("unknown expectation " + expected);
                }
            }));
        }
        assertThat(tests).hasSize(6);
        return tests.stream();
    }

    /** Plans each workflow file; the stages of all planned workflows are concatenated, as act reports them. */
    private static Planning plan(Path root, String path, String event) throws IOException {
        List<Path> files = new ArrayList<>();
        Path target = root.resolve(path);
        if (Files.isDirectory(target)) {
            try (Stream<Path> list = Files.list(target)) {
                list.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        } else {
            files.add(target);
        }
        RunPlanner planner = new RunPlanner(ContextEvaluator.empty());
        List<List<String>> stages = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            Parsed<Workflow> parsed = WorkflowReader.read(file.getFileName().toString(), Files.readString(file));
            Workflow workflow = parsed.value().orElseThrow(() -> new AssertionError("no model for " + file));
            PlanOutcome outcome = event.equals("ALL") ? planner.plan(workflow) : planner.plan(workflow, event);
            switch (outcome) {
                case PlanOutcome.Planned p -> stages.addAll(p.plan().levels());
                case PlanOutcome.Invalid i -> i.errors().forEach(e -> errors.add(e.render(file.getFileName().toString())));
                case PlanOutcome.NotTriggered n -> { }
            }
        }
        return new Planning(stages, errors);
    }
}
