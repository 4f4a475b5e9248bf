package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mapping keys that hold {@code ${{ }}}: GitHub's template reader allows them wherever the field allows
 * expressions, the {@code ${{ insert }}} directive as it is and other keys checked against the field's contexts.
 * Regression for act's {@code testdata/evalmatrix-merge-map/push.yml}, once reported at both insert keys.
 */
class ExpressionKeyTest {

    private static final String MATRIX_JOB = "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n"
            + "        a:\n        - env:\n            key1: val1\n";
    private static final String STEPS = "    steps:\n    - run: echo\n";

    private static List<String> problems(String source) {
        return WorkflowReader.read("ci.yml", source).diagnostics().stream().map(d -> d.render("ci.yml")).toList();
    }

    @Test
    void insertKeysInsideAMatrixValueAreAccepted() {
        assertThat(problems(MATRIX_JOB + "            ${{insert}}:\n              key2: val2\n"
                + "            ${{ insert }}: ${{ fromJSON('{\"key3\":\"val3\"}') }}\n" + STEPS)).isEmpty();
    }

    @Test
    void otherKeyExpressionsInsideAMatrixValueUseTheFieldsContexts() {
        assertThat(problems(MATRIX_JOB + "            ${{ github.ref }}: x\n" + STEPS)).isEmpty();
        assertThat(problems(MATRIX_JOB + "            ${{ steps.a }}: x\n" + STEPS)).containsExactly(
                "ci.yml:10:17: Unrecognized named-value: 'steps'. Located at position 1 within expression: steps.a"
                        + " [expression]");
    }

    @Test
    void insertInsideAKeyWithOtherTextIsStillTheDirectiveError() {
        assertThat(problems(MATRIX_JOB + "            k-${{ insert }}: x\n" + STEPS)).singleElement().asString()
                .startsWith("ci.yml:10:19: The directive 'insert' is not allowed in this context.");
    }

    @Test
    void keyExpressionsWhereTheFieldTakesNoExpressionAreErrors() {
        assertThat(problems("on:\n  push:\n    ${{ insert }}: x\njobs:\n  a:\n    runs-on: x\n" + STEPS))
                .contains("ci.yml:3:5: A template expression is not allowed in this context [expression]");
    }

    @Test
    void insertKeyOfEnvIsAccepted() {
        assertThat(problems("on: push\njobs:\n  a:\n    runs-on: x\n    env:\n"
                + "      ${{ insert }}: ${{ fromJSON(vars.ENV) }}\n" + STEPS)).isEmpty();
    }

    @Test
    void aComputedKeyMaySupplyTheRequiredKeys() {
        assertThat(problems("on: push\njobs:\n  a:\n    runs-on: x\n    environment:\n"
                + "      ${{ insert }}: ${{ fromJSON('{\"name\":\"prod\"}') }}\n" + STEPS)).isEmpty();
    }

    @Test
    void aJobMappingTakesNoKeyExpression() {
        assertThat(problems("on: push\njobs:\n  a:\n    runs-on: x\n    ${{ insert }}: ${{ fromJSON('{}') }}\n"
                + STEPS)).containsExactly("ci.yml:5:5: A template expression is not allowed in this context"
                + " [expression]");
    }

    @Test
    void theValueOfAnInsertKeyIsChecked() {
        assertThat(problems("on: push\njobs:\n  a:\n    runs-on: x\n    environment:\n      ${{ insert }}:\n"
                + "        url: ${{ secrets.x }}\n" + STEPS)).singleElement().asString()
                .startsWith("ci.yml:7:18: Unrecognized named-value: 'secrets'.");
    }

    @Test
    void onlyErrorsAreReportedForValidKeys() {
        assertThat(WorkflowReader.read("ci.yml", MATRIX_JOB + "            ${{ insert }}: {}\n" + STEPS)
                .diagnostics()).noneMatch(Diagnostic::isError);
    }
}
