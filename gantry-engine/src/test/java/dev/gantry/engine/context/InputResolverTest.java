package dev.gantry.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Input;
import dev.gantry.workflow.model.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputResolverTest {

    private static final String WORKFLOW = """
            on:
              workflow_dispatch:
                inputs:
                  target:
                    type: string
                    default: staging
                  dry-run:
                    type: boolean
                    default: true
                  replicas:
                    type: number
                    default: 3
                  level:
                    type: choice
                    options: [info, debug]
                    default: info
                  notes:
                    type: string
                  force:
                    type: boolean
                  ticket:
                    type: string
                    required: true
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: echo
            """;

    private static Map<String, Input> declared() {
        return ((Trigger.Dispatch) Fixtures.workflow(WORKFLOW).on().find("workflow_dispatch").orElseThrow()).inputs();
    }

    private static InputResolver.Result resolve(Map<String, String> given) {
        return InputResolver.forDispatch("deploy.yml", declared(), given, EvaluationContext.of(Map.of()));
    }

    @Test
    void defaultsAreTypedAndStringFormsKeptForTheEvent() {
        InputResolver.Result result = resolve(Map.of("ticket", "OPS-1"));

        assertThat(result).isInstanceOf(InputResolver.Result.Resolved.class);
        InputResolver.Result.Resolved resolved = (InputResolver.Result.Resolved) result;
        Map<String, Value> expected = new LinkedHashMap<>();
        expected.put("target", new Value.Str("staging"));
        expected.put("dry-run", Value.TRUE);
        expected.put("replicas", new Value.Num(3));
        expected.put("level", new Value.Str("info"));
        expected.put("notes", new Value.Str(""));
        expected.put("force", Value.FALSE);
        expected.put("ticket", new Value.Str("OPS-1"));
        assertThat(resolved.inputs().members()).containsExactlyEntriesOf(expected);
        assertThat(resolved.strings()).containsEntry("dry-run", "true").containsEntry("replicas", "3")
                .containsEntry("force", "false").containsEntry("notes", "");
    }

    @Test
    void givenStringsAreTypedByTheDeclaredType() {
        var resolved = (InputResolver.Result.Resolved) resolve(Map.of("ticket", "OPS-2", "dry-run", "False",
                "replicas", "2.5", "level", "debug", "target", "production"));

        assertThat(resolved.inputs().members()).containsEntry("dry-run", Value.FALSE)
                .containsEntry("replicas", new Value.Num(2.5)).containsEntry("level", new Value.Str("debug"))
                .containsEntry("target", new Value.Str("production"));
        assertThat(resolved.strings()).containsEntry("dry-run", "false").containsEntry("replicas", "2.5");
    }

    @Test
    void everyProblemIsReportedWithItsPlace() {
        InputResolver.Result result = resolve(Map.of("dry-run", "yes", "replicas", "3 pods", "level", "trace",
                "colour", "blue"));

        assertThat(result).isInstanceOf(InputResolver.Result.Invalid.class);
        List<String> messages = ((InputResolver.Result.Invalid) result).problems().stream().map(Problem::render)
                .toList();
        assertThat(messages).containsExactlyInAnyOrder(
                "deploy.yml: unexpected input \"colour\"; the workflow declares target, dry-run, replicas, level, "
                        + "notes, force, ticket",
                "deploy.yml:7:7: input \"dry-run\" is a boolean: true or false, not \"yes\"",
                "deploy.yml:10:7: input \"replicas\" is a number, not \"3 pods\"",
                "deploy.yml:13:7: input \"level\" must be one of info, debug, not \"trace\"",
                "deploy.yml:21:7: input \"ticket\" is required");
    }

    @Test
    void javaNumberSuffixesAreNotNumbers() {
        assertThat(resolve(Map.of("ticket", "x", "replicas", "1f"))).isInstanceOf(InputResolver.Result.Invalid.class);
        assertThat(resolve(Map.of("ticket", "x", "replicas", "NaN"))).isInstanceOf(InputResolver.Result.Invalid.class);
        assertThat(resolve(Map.of("ticket", "x", "replicas", "-1e3"))).isInstanceOf(InputResolver.Result.Resolved.class);
    }

    @Test
    void workflowCallInputsKeepTheirTypesAndDefaultsMayBeExpressions() {
        String yaml = """
                on:
                  workflow_call:
                    inputs:
                      version:
                        type: string
                        default: ${{ github.ref_name }}
                      retries:
                        type: number
                      strict:
                        type: boolean
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo
                """;
        Map<String, Input> inputs = ((Trigger.Call) Fixtures.workflow(yaml).on().find("workflow_call").orElseThrow())
                .inputs();
        EvaluationContext github = EvaluationContext.of(Map.of("github",
                new Value.Obj(Map.of("ref_name", new Value.Str("main")))));

        var resolved = (InputResolver.Result.Resolved) InputResolver.resolve("build.yml", inputs,
                Map.of("retries", new Value.Num(2), "strict", Value.TRUE), github);

        assertThat(resolved.inputs().members()).containsEntry("version", new Value.Str("main"))
                .containsEntry("retries", new Value.Num(2)).containsEntry("strict", Value.TRUE);
    }
}
