package dev.gantry.engine.context;

import static dev.gantry.engine.context.Fixtures.RUN;
import static dev.gantry.engine.context.Fixtures.RUNNER;
import static dev.gantry.engine.context.Fixtures.eval;
import static dev.gantry.engine.context.Fixtures.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.context.ContextAssembler.JobSetup;
import dev.gantry.engine.context.ContextAssembler.RunSetup;
import dev.gantry.engine.event.Event;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Workflow;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ContextAssemblerTest {

    private static final Workflow DEPLOY = Fixtures.workflow("""
            name: Deploy
            on:
              push:
              workflow_dispatch:
                inputs:
                  environment:
                    type: choice
                    options: [staging, production]
                    default: staging
                  dry-run:
                    type: boolean
                    default: false
            env:
              TARGET: ${{ inputs.environment }}
              DRY: ${{ inputs.dry-run }}
              REF: ${{ github.ref }}
              REGION: ${{ vars.REGION }}
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: echo
            """);

    private static ContextAssembler.Result assemble(Event event, Map<String, String> secrets, JobSetup job) {
        return ContextAssembler.assemble(new RunSetup("deploy.yml", DEPLOY, event, RUN, Map.of("REGION", "eu"),
                secrets), job);
    }

    private static JobContexts assembled(ContextAssembler.Result result) {
        assertThat(result).isInstanceOf(ContextAssembler.Result.Assembled.class);
        return ((ContextAssembler.Result.Assembled) result).contexts();
    }

    @Test
    void dispatchInputsAreTypedInInputsAndStringsInTheEvent() {
        Event dispatch = Fixtures.event("workflow_dispatch", Map.of("dry-run", "true"));

        JobContexts contexts = assembled(assemble(dispatch, Map.of(), JobSetup.single("deploy", Map.of(), RUNNER)));
        Map<String, Value> all = contexts.asMap();

        assertThat(eval("inputs.dry-run", all)).isEqualTo(Value.TRUE);
        assertThat(eval("inputs.environment", all)).isEqualTo(str("staging"));
        assertThat(eval("github.event.inputs.dry-run", all)).isEqualTo(str("true"));
        assertThat(eval("github.event.inputs.environment", all)).isEqualTo(str("staging"));
        assertThat(eval("env.TARGET", all)).isEqualTo(str("staging"));
        assertThat(eval("env.DRY", all)).isEqualTo(str("true"));
        assertThat(eval("env.REF", all)).isEqualTo(str("refs/heads/master"));
        assertThat(eval("env.REGION", all)).isEqualTo(str("eu"));
        assertThat(all.keySet()).containsExactly("github", "env", "vars", "secrets", "inputs", "job", "runner",
                "strategy", "matrix", "needs");
        assertThat(contexts.matrix()).isEqualTo(Value.NULL);
        assertThat(contexts.defaultEnvironment()).containsEntry("GITHUB_EVENT_NAME", "workflow_dispatch")
                .containsEntry("GITHUB_WORKFLOW", "CI");
    }

    @Test
    void otherEventsHaveEmptyInputs() {
        Event push = Fixtures.event("push", "push/with-new-branch.payload.json");

        JobContexts contexts = assembled(assemble(push, Map.of(), JobSetup.single("deploy", Map.of(), RUNNER)));

        assertThat(contexts.inputs().members()).isEmpty();
        assertThat(eval("env.TARGET", contexts.asMap())).isEqualTo(str(""));
    }

    @Test
    void theGithubTokenSecretIsAlsoGithubToken() {
        Event push = Fixtures.event("push", "push/with-new-branch.payload.json");

        JobContexts withToken = assembled(assemble(push, Map.of("GITHUB_TOKEN", "ghs_abc"),
                JobSetup.single("deploy", Map.of(), RUNNER)));
        JobContexts without = assembled(assemble(push, Map.of(), JobSetup.single("deploy", Map.of(), RUNNER)));

        assertThat(eval("github.token", withToken.asMap())).isEqualTo(str("ghs_abc"));
        assertThat(eval("secrets.GITHUB_TOKEN", withToken.asMap())).isEqualTo(str("ghs_abc"));
        assertThat(eval("github.token", without.asMap())).isEqualTo(str(""));
        assertThat(eval("secrets.GITHUB_TOKEN", without.asMap())).isEqualTo(str(""));
    }

    @Test
    void matrixStrategyAndNeedsComeFromTheJob() {
        Value.Obj combination = new Value.Obj(Map.of("os", str("linux"), "java", new Value.Num(21)));
        JobSetup job = new JobSetup("test", StrategyContext.of(true, 1, 4, OptionalInt.of(2)), combination,
                Map.of("build", new NeededJob(Conclusion.SUCCESS, Map.of("image", "app:1"))), RUNNER);

        Map<String, Value> all = assembled(assemble(Fixtures.event("push", "push/with-new-branch.payload.json"),
                Map.of(), job)).asMap();

        assertThat(eval("matrix.java", all)).isEqualTo(new Value.Num(21));
        assertThat(eval("strategy.job-index", all)).isEqualTo(new Value.Num(1));
        assertThat(eval("needs.build.outputs.image", all)).isEqualTo(str("app:1"));
        assertThat(eval("github.job", all)).isEqualTo(str("test"));
        assertThat(eval("runner.os", all)).isEqualTo(str("Linux"));
        assertThat(eval("job.status", all)).isEqualTo(str("success"));
    }

    @Test
    void badInputsStopTheRunWithEveryProblem() {
        Event dispatch = Fixtures.event("workflow_dispatch", Map.of("environment", "qa", "dry-run", "maybe"));

        ContextAssembler.Result result = assemble(dispatch, Map.of(), JobSetup.single("deploy", Map.of(), RUNNER));

        assertThat(result).isInstanceOf(ContextAssembler.Result.Invalid.class);
        assertThat(((ContextAssembler.Result.Invalid) result).problems()).extracting(Problem::render)
                .containsExactly(
                        "deploy.yml:6:7: input \"environment\" must be one of staging, production, not \"qa\"",
                        "deploy.yml:10:7: input \"dry-run\" is a boolean: true or false, not \"maybe\"");
    }
}
