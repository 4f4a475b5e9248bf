package dev.gantry.workflow.read;

import static dev.gantry.workflow.read.RuleTesting.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Matrix structure GitHub rejects (errors) and slips it accepts (warnings). */
class MatrixRulesTest {

    private static String matrix(String body) {
        return "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n" + body
                + "    steps:\n      - run: echo\n";
    }

    @Test
    void excludeKeyThatIsNoVectorIsAnError() {
        assertThat(diagnostics(matrix("        os: [a, b]\n        include:\n          - extra: 1\n"
                + "        exclude:\n          - os: a\n            extra: 1\n"))).containsExactly(
                "ERROR ci.yml:12:13: Matrix exclude key 'extra' does not match any key within the matrix [matrix]");
    }

    @Test
    void excludeValueMatchingNothingWarns() {
        assertThat(diagnostics(matrix("        os: [a, b]\n        exclude:\n          - os: c\n")))
                .containsExactly("WARNING ci.yml:9:17: Matrix exclude value 'c' matches no value of vector 'os', so"
                        + " this row excludes nothing [matrix]");
    }

    @Test
    void excludeMatchingAnExpressionOrASubsetIsFine() {
        assertThat(diagnostics(matrix("        os: ['${{ github.ref }}']\n        cfg: [{a: 1, b: 2}]\n"
                + "        exclude:\n          - os: x\n            cfg: {a: 1}\n"))).isEmpty();
    }

    @Test
    void duplicateVectorValueWarns() {
        assertThat(diagnostics(matrix("        node: [10, 12, 12]\n"))).containsExactly(
                "WARNING ci.yml:7:24: Duplicate value '12' in matrix vector 'node'; the same combination would run"
                        + " twice [matrix]");
    }

    @Test
    void emptyMatrixIsAnError() {
        assertThat(diagnostics(matrix("        {}\n")))
                .containsExactly("ERROR ci.yml:7:9: Matrix must define at least one vector [matrix]");
    }

    @Test
    void nonArrayVectorIsAnError() {
        assertThat(diagnostics(matrix("        os: linux\n")))
                .containsExactly("ERROR ci.yml:7:13: Unexpected value 'linux' [syntax-check]");
    }
}
