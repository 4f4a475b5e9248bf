package dev.gantry.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowEnvTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.of(Map.of(
            "github", new Value.Obj(Map.of("ref_name", new Value.Str("main"), "run_number", new Value.Str("7"))),
            "inputs", new Value.Obj(Map.of("replicas", new Value.Num(3), "dry", Value.TRUE)),
            "vars", new Value.Obj(Map.of("REGION", new Value.Str("eu-west-1"))),
            "secrets", new Value.Obj(Map.of("TOKEN", new Value.Str("s3cret")))));

    private static WorkflowEnv.Result evaluate(String env) {
        String yaml = "on: push\nenv:\n" + env.indent(2) + "jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n";
        return WorkflowEnv.evaluate("ci.yml", Fixtures.workflow(yaml).env(), CONTEXT);
    }

    @Test
    void literalsAndExpressionsBecomeStrings() {
        WorkflowEnv.Result result = evaluate("""
                PLAIN: hello
                NUMBER: 42
                BRANCH: ${{ github.ref_name }}
                TAG: app-${{ github.ref_name }}.${{ github.run_number }}
                REPLICAS: ${{ inputs.replicas }}
                DRY: ${{ inputs.dry }}
                REGION: ${{ vars.REGION }}
                TOKEN: ${{ secrets.TOKEN }}
                MISSING: ${{ vars.NOPE }}
                """);

        assertThat(result).isInstanceOf(WorkflowEnv.Result.Evaluated.class);
        assertThat(((WorkflowEnv.Result.Evaluated) result).env().members()).containsExactly(
                Map.entry("PLAIN", new Value.Str("hello")),
                Map.entry("NUMBER", new Value.Str("42")),
                Map.entry("BRANCH", new Value.Str("main")),
                Map.entry("TAG", new Value.Str("app-main.7")),
                Map.entry("REPLICAS", new Value.Str("3")),
                Map.entry("DRY", new Value.Str("true")),
                Map.entry("REGION", new Value.Str("eu-west-1")),
                Map.entry("TOKEN", new Value.Str("s3cret")),
                Map.entry("MISSING", new Value.Str("")));
    }

    @Test
    void anExpressionThatFailsIsReportedWithTheVariableAndItsPlace() {
        WorkflowEnv.Result result = evaluate("""
                OK: fine
                BAD: ${{ fromJSON('not json') }}
                """);

        assertThat(result).isInstanceOf(WorkflowEnv.Result.Invalid.class);
        Problem problem = ((WorkflowEnv.Result.Invalid) result).problems().getFirst();
        assertThat(problem.render()).startsWith("ci.yml:4:8: env.BAD: ");
    }
}
