package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.ActionSources;
import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.action.BuiltinAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository actions ({@code owner/repo@ref}) from the action store and from built-in stand-ins: phases in
 * GitHub's order (every pre before the first step, posts in reverse after the last), state between phases,
 * effects of a built-in on later steps, and a stored copy winning over a built-in.
 */
class RepositoryActionTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path root;

    /** A built-in that records its phases in the log and exercises every effect. */
    private static final class Recording implements BuiltinAction {
        @Override
        public String name() {
            return "acme/tool";
        }

        @Override
        public String metadata() {
            return """
                    name: tool
                    description: a built-in for the test
                    inputs:
                      level: {description: l, default: "${{ github.event_name }}-default"}
                      fail: {description: f, default: "false"}
                    outputs:
                      result: {description: r}
                    runs:
                      using: node20
                      pre: builtin
                      main: builtin
                      post: builtin
                      post-if: success()
                    """;
        }

        @Override
        public void run(Phase phase, ActionCall call) throws ActionFailure {
            call.log(phase + " level=" + call.input("LEVEL") + " state=" + call.state("seen").orElse("-"));
            switch (phase) {
                case PRE -> call.saveState("seen", "pre");
                case MAIN -> {
                    if (call.input("fail").equals("true")) {
                        throw new ActionFailure("the tool was told to fail");
                    }
                    call.setOutput("result", "done");
                    call.exportVariable("TOOL_HOME", "/opt/tool");
                    call.addMask("tool-secret-value");
                    call.saveState("seen", "main");
                }
                case POST -> { }
            }
        }
    }

    private Harness harness(ActionStore store, List<BuiltinAction> builtins) {
        return new Harness(new Harness(root).options().withActions(ActionSources.of(store, builtins)));
    }

    @Test
    void aBuiltinRunsPreMainAndPostAndItsEffectsReachLaterSteps() {
        var run = harness(ActionStore.EMPTY, List.of(new Recording())).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo first
                      - id: tool
                        uses: acme/tool@v1
                      - run: echo "home=$TOOL_HOME out=${{ steps.tool.outputs.result }} tool-secret-value"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.result().steps()).extracting(s -> s.name()).containsExactly(
                "Pre Run acme/tool@v1", "Run echo first", "Run acme/tool@v1",
                "Run echo \"home=$TOOL_HOME out=done ***\"",
                "Post Run acme/tool@v1");
        assertThat(run.log()).contains("PRE level=push-default state=-", "MAIN level=push-default state=pre",
                "POST level=push-default state=main", "home=/opt/tool out=done ***");
    }

    @Test
    void aFailingBuiltinFailsItsStepAndAPostWithSuccessConditionIsSkipped() {
        var run = harness(ActionStore.EMPTY, List.of(new Recording())).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: acme/tool@v1
                        with:
                          fail: true
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.log()).contains("the tool was told to fail").doesNotContain("POST level");
        assertThat(run.step("Post Run acme/tool@v1").outcome()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void aStoredCopyWinsOverTheBuiltinAndItsCommitIsShown() throws IOException {
        Path stored = Files.createDirectories(root.resolve("store/acme/tool"));
        Files.writeString(stored.resolve("action.yml"), """
                name: tool
                description: the stored copy
                runs:
                  using: composite
                  steps:
                    - shell: bash
                      run: echo "stored copy ran"
                """);
        ActionStore store = (owner, repo, ref) -> owner.equals("acme") && repo.equals("tool") && ref.equals("v1")
                ? Optional.of(new ActionStore.StoredAction(stored, SHA)) : Optional.empty();
        var run = harness(store, List.of(new Recording())).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: acme/tool@v1
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("stored copy ran", "Run acme/tool@v1 (" + SHA + ")")
                .doesNotContain("MAIN level");
    }

    @Test
    void aStoredJavaScriptActionRunsItsPrePhaseBeforeTheFirstStep() throws IOException {
        Path stored = Files.createDirectories(root.resolve("store/acme/js"));
        Files.writeString(stored.resolve("action.yml"), """
                name: js
                description: stored node action
                runs:
                  using: node20
                  pre: pre.js
                  pre-if: runner.os == 'Linux'
                  main: main.js
                """);
        Files.writeString(stored.resolve("pre.js"), """
                require('fs').appendFileSync(process.env.GITHUB_STATE, 'token=abc\\n');
                console.log('pre for ' + process.env.GITHUB_ACTION_REPOSITORY + '@' + process.env.GITHUB_ACTION_REF);
                """);
        Files.writeString(stored.resolve("main.js"), "console.log('main sees ' + process.env.STATE_token);\n");
        ActionStore store = (owner, repo, ref) -> Optional.of(new ActionStore.StoredAction(stored, SHA));
        var run = harness(store, List.of()).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo first
                      - uses: acme/js@main
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).containsSubsequence("pre for acme/js@main", "first", "main sees abc");
    }
}
