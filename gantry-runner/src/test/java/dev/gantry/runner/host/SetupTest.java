package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.runner.sandbox.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the host refuses at job setup, each with one clear message, and what it accepts. */
class SetupTest {

    @TempDir
    Path root;

    @Test
    void aContainerJobFailsAtSetupNamingTheRuntime() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    container: node:20
                    steps:
                      - run: echo never
                """);
        assertFailsAtSetup(run, "this job needs a container runtime (container: node:20), and none is configured");
    }

    @Test
    void anEmptyContainerMeansNone() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    container: ${{ github.event_name == 'never' && 'node:20' || '' }}
                    steps:
                      - run: echo on the host
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
    }

    @Test
    void servicesFailAtSetup() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    services:
                      db:
                        image: postgres:16
                      cache:
                        image: redis:7
                    steps:
                      - run: echo never
                """);
        assertFailsAtSetup(run, "this job needs a container runtime (services: db, cache), and none is configured");
    }

    @Test
    void aMissingActionFailsAtSetupNamingItAndHowToImportIt() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - name: Set up Java
                        uses: actions/setup-java@v4
                """);
        assertFailsAtSetup(run, "step 'Set up Java': action actions/setup-java@v4 is not in the action store (none"
                + " is configured); import it with: gantry actions import actions/setup-java@v4 --from <git url or"
                + " folder>; no built-in action stands in for actions/setup-java");
    }

    @Test
    void aDockerActionNeedsAContainerRuntime() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: docker://alpine:3.20
                """);
        assertFailsAtSetup(run, "step 'Run docker://alpine:3.20': 'docker://alpine:3.20' is a docker action, which"
                + " needs a container runtime, and none is configured");
    }

    @Test
    void checkoutIsANoOpOnTheHost() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: [self-hosted, linux]
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          fetch-depth: 0
                      - run: echo after checkout
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("Run actions/checkout@v4").outcome()).isEqualTo(StepStatus.SUCCESS);
        assertThat(String.join("\n", run.logOf(0))).contains("the workspace already holds the checkout");
    }

    @Test
    void labelsThisHostDoesNotServeFailAtSetup() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ${{ 'windows-latest' }}
                    steps:
                      - run: echo never
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(((Conclusion.Failure) run.result().conclusion()).reason())
                .startsWith("runs-on asks for windows-latest, which this host does not serve");
    }

    @Test
    void aMissingSandboxProgramFailsAtSetup() {
        var harness = new Harness(new Harness(root).options()
                .withSandbox(new Sandbox.Bubblewrap(root.resolve("no-bwrap"), false)));
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo never
                """);
        assertThat(((Conclusion.Failure) run.result().conclusion()).reason())
                .contains("the bubblewrap sandbox was chosen");
    }

    private static void assertFailsAtSetup(Harness.Run run, String message) {
        assertThat(run.result().conclusion()).isEqualTo(new Conclusion.Failure(message));
        assertThat(run.result().steps()).isEmpty();
        assertThat(run.logOf(-1)).contains("##[error]Set up job: " + message);
        assertThat(run.log()).doesNotContain("never\n");
        assertThat(run.recorder().calls()).containsExactly("start -1 Set up job", "finish -1 FAILURE",
                "start -1 Complete job", "finish -1 SUCCESS");
    }
}
