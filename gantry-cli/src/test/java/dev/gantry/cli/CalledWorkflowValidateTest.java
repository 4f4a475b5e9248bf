package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry validate} reads local called workflows from the repository the workflow is in. */
class CalledWorkflowValidateTest {

    private static final String CALLED = """
            on:
              workflow_call:
                inputs:
                  target:
                    type: string
                    required: true
                  dry-run:
                    type: boolean
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: echo deploying
            """;

    @TempDir
    Path repo;

    @Test
    void callsAreCheckedAgainstTheLocalCalledWorkflow() throws IOException {
        Path called = write(".github/workflows/deploy.yml", CALLED);
        Path caller = write(".github/workflows/ci.yml", """
                on: push
                jobs:
                  deploy:
                    uses: ./.github/workflows/deploy.yml
                    with:
                      dry-run: maybe
                      region: eu
                """);

        CommandRun run = CommandRun.of("validate", caller.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                caller + ":4:11: Input target is required, but not provided while calling. [workflow-call]",
                caller + ":6:16: Unexpected value 'maybe' [workflow-call]",
                caller + ":7:15: Invalid input, region is not defined in the referenced workflow. [workflow-call]",
                called + ":4:7: required input 'target' is declared here [workflow-call]",
                called + ":7:7: input 'dry-run' is declared here with type boolean [workflow-call]");
    }

    @Test
    void aValidCallOfALocalWorkflowPasses() throws IOException {
        write(".github/workflows/deploy.yml", CALLED);
        write(".github/workflows/ci.yml", """
                on: push
                jobs:
                  deploy:
                    uses: ./.github/workflows/deploy.yml
                    with:
                      target: production
                      dry-run: true
                """);

        CommandRun run = CommandRun.of("validate", repo.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aMissingLocalWorkflowIsAnErrorAndARemoteOneIsNotChecked() throws IOException {
        Path caller = write(".github/workflows/ci.yml", """
                on: push
                jobs:
                  local:
                    uses: ./.github/workflows/nope.yml
                  remote:
                    uses: octo-org/templates/.github/workflows/deploy.yml@v1
                    with:
                      anything: goes
                """);

        CommandRun run = CommandRun.of("validate", caller.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(caller + ":4:11: Failed to fetch workflow"
                + " './.github/workflows/nope.yml': no such file in the repository [workflow-call]");
    }

    @Test
    void problemsInsideACalledWorkflowNameItsFileOnce() throws IOException {
        Path called = write(".github/workflows/broken.yml", """
                on: workflow_call
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    stepz: []
                """);
        Path caller = write(".github/workflows/ci.yml", """
                on: push
                jobs:
                  call:
                    uses: ./.github/workflows/broken.yml
                """);

        CommandRun run = CommandRun.of("validate", repo.resolve(".github/workflows").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).allMatch(line -> line.startsWith(called + ":5:"));
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(1).doesNotHaveDuplicates();
        assertThat(run.out()).doesNotContain(caller.toString());
    }

    @Test
    void aWorkflowCallingItselfStops() throws IOException {
        Path self = write(".github/workflows/self.yml", """
                on: workflow_call
                jobs:
                  again:
                    uses: ./.github/workflows/self.yml
                """);

        CommandRun run = CommandRun.of("validate", self.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(self + ":4:11: Workflow './.github/workflows/self.yml' calls itself");
    }

    private Path write(String name, String content) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
