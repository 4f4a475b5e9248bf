package dev.gantry.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PlainFolder;
import dev.gantry.engine.event.Webhooks;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Workflow;
import java.util.Map;

/** Shared test data: a runner, a run, events from real payloads, workflows from YAML, and evaluation. */
final class Fixtures {

    static final RunnerInfo RUNNER = new RunnerInfo("gantry-host", RunnerInfo.Os.LINUX, RunnerInfo.Arch.X64,
            "/ws/_temp", "/ws/_tool", "/ws/repo", "/ws/_temp/event.json", false, RunnerInfo.SELF_HOSTED);

    static final RunInfo RUN = new RunInfo("4242", 7, 1, ".github/workflows/ci.yml", "CI", Server.GITHUB,
            java.util.Optional.empty(), RunInfo.DEFAULT_RETENTION_DAYS);

    private static final EventBuilder EVENTS = new EventBuilder(new PlainFolder("hello-world"));

    private Fixtures() {}

    static Event event(String name, String payload) {
        return EVENTS.build(name, Webhooks.load(payload), Map.of());
    }

    static Event event(String name, Map<String, String> inputs) {
        return EVENTS.build(name, new Value.Obj(Map.of()), inputs);
    }

    static Workflow workflow(String yaml) {
        Parsed<Workflow> parsed = WorkflowReader.read("ci.yml", yaml);
        assertThat(parsed.value()).as("workflow parses: %s", parsed.diagnostics()).isPresent();
        return parsed.value().orElseThrow();
    }

    static Value eval(String expression, Map<String, Value> contexts) {
        try {
            return Evaluator.evaluate(ExpressionParser.parse(expression), EvaluationContext.of(contexts));
        } catch (ExpressionException e) {
            throw new AssertionError(expression + ": " + e.getMessage(), e);
        }
    }

    static Value str(String s) {
        return new Value.Str(s);
    }
}
