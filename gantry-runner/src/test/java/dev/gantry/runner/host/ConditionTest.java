package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step if with status functions, continue-on-error, outcome against conclusion. */
class ConditionTest {

    @TempDir
    Path root;

    @Test
    void continueOnErrorKeepsTheJobGoingWithOutcomeFailureAndConclusionSuccess() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: flaky
                        continue-on-error: true
                        run: exit 1
                      - id: after
                        run: echo "outcome=${{ steps.flaky.outcome }} conclusion=${{ steps.flaky.conclusion }}"
                      - id: on-failure
                        if: failure()
                        run: echo should not run
                      - id: on-outcome
                        if: steps.flaky.outcome == 'failure'
                        run: echo reacting to the outcome
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("flaky").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.step("flaky").conclusion()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.logOf(1)).contains("outcome=failure conclusion=success");
        assertThat(run.step("on-failure").conclusion()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("on-outcome").conclusion()).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void afterAFailureOnlyStatusConditionsRun() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: boom
                        run: exit 2
                      - id: plain
                        if: github.event_name == 'push'
                        run: echo plain
                      - id: cleanup
                        if: always()
                        run: echo "cleanup sees ${{ job.status }}"
                      - id: report
                        if: failure()
                        run: echo reporting
                      - id: success-only
                        if: success()
                        run: echo nope
                      - id: not-cancelled
                        if: ${{ !cancelled() }}
                        run: echo not cancelled
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.step("plain").conclusion()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("cleanup").conclusion()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.logOf(2)).contains("cleanup sees failure");
        assertThat(run.step("report").conclusion()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.step("success-only").conclusion()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("not-cancelled").conclusion()).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void aFalseConditionSkipsWithoutFailing() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: skipped
                        if: github.ref == 'refs/heads/never'
                        run: exit 1
                      - id: expression-valued
                        continue-on-error: ${{ github.event_name == 'push' }}
                        run: exit 1
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("skipped").outcome()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.step("expression-valued").conclusion()).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void aConditionThatCannotBeEvaluatedFailsTheStepNamingIt() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Odd
                        if: fromJSON('{not json')
                        run: echo never
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.log()).contains("step 'Odd': if:").doesNotContain("never\n");
    }
}
