package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.runner.shell.ShellLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each shell with a real interpreter, defaults.run, working-directory, and the shells that cannot run. */
class ShellsTest {

    @TempDir
    Path root;

    @Test
    void everyInstalledShellRunsItsScript() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: bash
                        shell: bash
                        run: echo "bash ${BASH_VERSINFO[0]} opts=$SHELLOPTS"
                      - id: sh
                        shell: sh
                        run: echo "sh says hi"
                      - id: python
                        shell: python
                        run: |
                          import sys
                          print("python", sys.version_info[0], sys.argv[0].endswith(".py"))
                      - id: node
                        shell: node
                        run: console.log("node", typeof process.version, __filename.endsWith(".js"))
                      - id: custom
                        shell: perl {0}
                        run: print "perl custom\\n";
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(String.join("\n", run.logOf(0))).contains("bash 5").contains("errexit").contains("pipefail");
        assertThat(run.logOf(1)).contains("sh says hi");
        assertThat(run.logOf(2)).contains("python 3 True");
        assertThat(run.logOf(3)).contains("node string true");
        assertThat(run.logOf(4)).contains("perl custom");
    }

    @Test
    void theDefaultShellStopsAtTheFirstErrorAndInAPipeline() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: pipe
                        continue-on-error: true
                        run: |
                          false | true
                          echo "not reached"
                      - id: sh-pipe
                        shell: sh
                        run: |
                          false | true
                          echo "sh has no pipefail"
                """);
        assertThat(run.step("pipe").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.logOf(0)).doesNotContain("not reached");
        assertThat(run.logOf(1)).contains("sh has no pipefail");
    }

    @Test
    void withoutBashTheDefaultIsSh() {
        var harness = new Harness(new Harness(root).options().withShells(ShellLookup.ON_PATH.without("bash")));
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "default shell ok"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("shell: /usr/bin/sh -e {0}", "default shell ok");
    }

    @Test
    void pythonFallsBackToPython3() {
        var harness = new Harness(new Harness(root).options().withShells(ShellLookup.ON_PATH.without("python")));
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - shell: python
                        run: print("via python3")
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("python3 {0}", "via python3");
    }

    @Test
    void aMissingShellIsOneClearFailureNamingTheStepAndTheShell() {
        var harness = new Harness(new Harness(root).options().withShells(ShellLookup.ON_PATH.without("pwsh")));
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - name: PowerShell step
                        shell: pwsh
                        run: Write-Output hi
                      - name: Windows step
                        if: always()
                        shell: cmd
                        run: echo hi
                      - name: No placeholder
                        if: always()
                        shell: perl -e
                        run: print 1
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.recorder().annotations()).extracting(a -> a.message()).containsExactly(
                "step 'PowerShell step': shell 'pwsh' was not found on PATH (" + pathOf(run) + ")",
                "step 'Windows step': shell 'cmd' runs only on Windows runners; this host is not Windows"
                        + " (use bash, sh, pwsh or python)",
                "step 'No placeholder': shell 'perl -e' is not a known shell, and a custom shell must contain {0}"
                        + " where the script's path goes, e.g. 'perl {0}'");
    }

    @Test
    void defaultsRunFromWorkflowAndJobAndWorkingDirectory() throws Exception {
        Harness harness = new Harness(new Harness(root).options().withWorkspace(
                Files.createDirectories(root.resolve("repo"))));
        Files.createDirectories(root.resolve("repo/sub/deeper"));
        var run = harness.run("""
                on: push
                defaults:
                  run:
                    shell: sh
                    working-directory: sub
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    defaults:
                      run:
                        shell: python
                    steps:
                      - run: |
                          import os
                          print("py in", os.path.basename(os.getcwd()))
                      - shell: bash
                        working-directory: sub/deeper
                        run: echo "bash in $(basename "$PWD")"
                      - id: missing
                        working-directory: nowhere
                        shell: bash
                        run: echo never
                """);
        assertThat(run.logOf(0)).contains("py in sub");
        assertThat(run.logOf(1)).contains("bash in deeper");
        assertThat(run.step("missing").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.log()).contains("the working directory " + root.resolve("repo/nowhere") + " does not exist");
    }

    private static String pathOf(Harness.Run run) {
        return System.getenv("PATH");
    }
}
