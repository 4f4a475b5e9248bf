package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real bash steps: output, exit codes, the default environment. */
class RunStepTest {

    @TempDir
    Path root;

    @Test
    void aSucceedingStepLogsItsOutput() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo hello from bash
                """);
        assertThat(run.result().conclusion()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(0)).contains("hello from bash");
        assertThat(run.result().steps()).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(StepStatus.SUCCESS);
            assertThat(s.name()).isEqualTo("Run echo hello from bash");
        });
        assertThat(run.recorder().calls()).containsExactly("start -1 Set up job", "finish -1 SUCCESS",
                "start 0 Run echo hello from bash", "finish 0 SUCCESS", "start -1 Complete job", "finish -1 SUCCESS");
    }

    @Test
    void aFailingStepFailsTheJobAndSkipsTheRest() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: bad
                        run: exit 3
                      - id: next
                        run: echo never
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.step("bad").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.step("next").outcome()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.log()).contains("##[error]Process completed with exit code 3.").doesNotContain("never");
    }

    @Test
    void stepsGetTheDefaultEnvironment() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          echo "ci=$CI actions=$GITHUB_ACTIONS job=$GITHUB_JOB"
                          test "$PWD" = "$GITHUB_WORKSPACE"
                          test -d "$RUNNER_TEMP" && test -f "$GITHUB_EVENT_PATH" && test -f "$GITHUB_OUTPUT"
                          echo "os=$RUNNER_OS"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(0)).contains("ci=true actions=true job=build", "os=Linux");
    }
}
