package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expressions in a step's fields (where GitHub allows them: not in {@code shell}) and the job's env, and the messages when they cannot be evaluated. */
class StepFieldsTest {

    @TempDir
    Path root;

    @Test
    void expressionsInNameShellWorkingDirectoryAndRun() throws Exception {
        Harness harness = new Harness(new Harness(root).options().withWorkspace(
                Files.createDirectories(root.resolve("repo"))));
        Files.createDirectories(root.resolve("repo/dir-push"));
        var run = harness.run("""
                on: push
                env:
                  MINUTES: '2'
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: s
                        name: Build for ${{ github.event_name }}
                        shell: sh
                        working-directory: dir-${{ github.event_name }}
                        timeout-minutes: ${{ fromJSON(env.MINUTES) }}
                        run: echo "in $(basename "$PWD") event ${{ github.event_name }} runner ${{ runner.os }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("s").name()).isEqualTo("Build for push");
        assertThat(run.logOf(0)).contains("in dir-push event push runner Linux");
        assertThat(run.log()).contains("shell: /usr/bin/sh -e {0}");
    }

    @Test
    void badFieldsFailTheStepNamingTheField() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Bad timeout
                        timeout-minutes: ${{ 'soon' }}
                        run: echo never
                      - name: Bad env
                        if: always()
                        env:
                          X: ${{ fromJSON('nope') }}
                        run: echo never
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.step("Bad timeout").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.step("Bad env").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.recorder().annotations()).extracting(a -> a.message()).anySatisfy(m -> assertThat(m)
                .startsWith("step 'Bad timeout': timeout-minutes: expected a positive number of minutes, got 'soon'"))
                .anySatisfy(m -> assertThat(m).startsWith("step 'Bad env': env.X: "));
        assertThat(run.log()).doesNotContain("never\n");
    }

    @Test
    void aJobEnvThatCannotBeEvaluatedFailsAtSetup() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    env:
                      BAD: ${{ fromJSON('{') }}
                    steps:
                      - run: echo never
                """);
        assertThat(((Conclusion.Failure) run.result().conclusion()).reason()).startsWith("job env: env.BAD: ");
        assertThat(run.result().steps()).isEmpty();
    }

    @Test
    void secretsReachStepsOnlyThroughExpressions() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - env:
                          GIVEN: ${{ secrets.DEPLOY_KEY }}
                        run: |
                          test -z "${DEPLOY_KEY:-}" && echo "not in the environment by itself"
                          test "$GIVEN" = "key-material-123" && echo "given through env"
                """, Map.of("DEPLOY_KEY", "key-material-123"));
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(0)).contains("not in the environment by itself", "given through env");
    }
}
