package dev.gantry.workflow.read;

import static dev.gantry.workflow.read.RuleTesting.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Context availability per field (errors, as GitHub's parser) and always-empty references (warnings). */
class ContextUseRulesTest {

    @Test
    void stepsContextIsNotAvailableInAJobIf() {
        assertThat(diagnostics("on: push\njobs:\n  a:\n    if: steps.x.outputs.y\n    runs-on: x\n"
                + "    steps:\n      - run: echo\n")).singleElement().asString()
                .startsWith("ERROR ci.yml:4:9: Unrecognized named-value: 'steps'").endsWith("[expression]");
    }

    @Test
    void expressionInAStepShellIsNotAllowed() {
        assertThat(diagnostics("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n"
                + "        shell: ${{ env.SHELL }}\n")).containsExactly(
                "ERROR ci.yml:7:16: A template expression is not allowed in this context [expression]");
    }

    @Test
    void matrixInAJobWithoutMatrixWarns() {
        assertThat(diagnostics("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                + "      - run: echo ${{ matrix.os }}\n")).containsExactly(
                "WARNING ci.yml:6:23: Job 'a' has no matrix, so matrix.os is always empty [expression]");
    }

    @Test
    void matrixKeyTheMatrixDoesNotDefineWarns() {
        assertThat(diagnostics("on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    strategy:\n"
                + "      matrix:\n        os: [l]\n        include:\n          - extra: 1\n    steps:\n"
                + "      - run: echo ${{ matrix.extra }} ${{ matrix['platform'] }}\n")).containsExactly(
                "WARNING ci.yml:11:43: The matrix of job 'a' defines no key 'platform' [expression]");
    }

    @Test
    void needsOfAJobNotNeededWarns() {
        assertThat(diagnostics("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n"
                + "  b:\n    needs: a\n    if: needs.a.result == 'success' && needs.c.result\n    runs-on: x\n"
                + "    steps:\n      - run: echo\n")).containsExactly(
                "WARNING ci.yml:9:40: Job 'b' does not need job 'c', so needs.c is always empty [expression]");
    }

    @Test
    void mergeKeyIsReportedAtTheKey() {
        assertThat(diagnostics("on: push\nenv:\n  <<: {A: b}\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                + "      - run: echo\n")).containsExactly(
                "ERROR ci.yml:3:3: The YAML merge key '<<' is not supported [syntax-check]");
    }
}
