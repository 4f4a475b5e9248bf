package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Env precedence as GitHub documents it, GITHUB_ENV (also multi-line) and GITHUB_PATH, through real steps. */
class EnvironmentTest {

    @TempDir
    Path root;

    @Test
    void workflowThenJobThenGithubEnvThenStep() {
        var run = new Harness(root).run("""
                on: push
                env:
                  A: workflow
                  B: workflow
                  C: workflow
                  D: workflow
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    env:
                      B: job
                      C: job
                      D: job
                    steps:
                      - run: |
                          echo "C=from-file" >> "$GITHUB_ENV"
                          echo "D=from-file" >> "$GITHUB_ENV"
                      - env:
                          D: step
                        run: echo "A=$A B=$B C=$C D=$D"
                      - run: echo "later D=$D"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(1)).contains("A=workflow B=job C=from-file D=step");
        assertThat(run.logOf(2)).contains("later D=from-file");
    }

    @Test
    void theEnvContextSeesTheSameValues() {
        var run = new Harness(root).run("""
                on: push
                env:
                  A: workflow
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    env:
                      B: job-${{ github.event_name }}
                    steps:
                      - run: echo "X=set-by-step" >> "$GITHUB_ENV"
                      - env:
                          C: step-${{ env.B }}
                        if: env.X == 'set-by-step' && env.C == 'step-job-push'
                        run: echo "${{ env.A }} ${{ env.B }} ${{ env.C }} ${{ env.X }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(1)).contains("workflow job-push step-job-push set-by-step");
    }

    @Test
    void defaultVariablesCannotBeOverriddenButCiCan() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    env:
                      CI: custom
                      GITHUB_JOB: hijacked
                    steps:
                      - run: echo "RUNNER_OS=nope" >> "$GITHUB_ENV"
                      - env:
                          GITHUB_WORKSPACE: /elsewhere
                        run: echo "CI=$CI job=$GITHUB_JOB os=$RUNNER_OS ws-ok=$([ "$GITHUB_WORKSPACE" = "$PWD" ] && echo yes)"
                """);
        assertThat(run.logOf(1)).contains("CI=custom job=build os=Linux ws-ok=yes");
    }

    @Test
    void multiLineValuesThroughGithubEnv() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          {
                            echo "NOTES<<EOF_MARK"
                            echo "line one"
                            echo "line two"
                            echo "EOF_MARK"
                          } >> "$GITHUB_ENV"
                      - run: |
                          printf '%s\\n' "$NOTES" | sed 's/^/got: /'
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(1)).contains("got: line one", "got: line two");
    }

    @Test
    void githubPathIsPrependedForLaterSteps() throws Exception {
        Path tools = java.nio.file.Files.createDirectories(root.resolve("tools"));
        Path tool = tools.resolve("my-tool");
        java.nio.file.Files.writeString(tool, "#!/bin/sh\necho my-tool ran\n");
        tool.toFile().setExecutable(true);
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "%s" >> "$GITHUB_PATH"
                      - run: |
                          my-tool
                          echo "first=${PATH%%%%:*}"
                """.formatted(tools));
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(1)).contains("my-tool ran", "first=" + tools);
    }

    @Test
    void aNodeOptionsLineInGithubEnvFailsTheStep() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: bad
                        run: echo "NODE_OPTIONS=--require evil.js" >> "$GITHUB_ENV"
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.log()).contains("GITHUB_ENV line 1");
    }
}
