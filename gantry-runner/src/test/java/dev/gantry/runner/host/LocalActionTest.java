package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local actions ({@code uses: ./path}) run by the host executor: composite and JavaScript, real processes. */
class LocalActionTest {

    @TempDir
    Path root;

    private Path repo;
    private Harness harness;

    @BeforeEach
    void setUp() throws IOException {
        repo = Files.createDirectories(root.resolve("repo"));
        harness = new Harness(new Harness(root).options().withWorkspace(repo));
    }

    private void file(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aCompositeActionGetsItsInputsDefaultsEnvAndActionPathAndGivesOutputs() throws IOException {
        file("greet/action.yml", """
                name: greet
                description: says hello
                inputs:
                  who:
                    description: whom
                    required: true
                  greeting:
                    description: how
                    default: Hello
                outputs:
                  said:
                    description: what was said
                    value: ${{ steps.say.outputs.text }}
                runs:
                  using: composite
                  steps:
                    - id: say
                      shell: bash
                      run: |
                        echo "text=${{ inputs.greeting }}, ${{ inputs.who }}" >> "$GITHUB_OUTPUT"
                        echo "path=$GITHUB_ACTION_PATH ctx=${{ github.action_path }} caller=$CALLER inner=$INNER"
                      env:
                        INNER: inner-value
                    - shell: bash
                      run: test -z "$INNER" && echo "inner env did not leak"
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: hi
                        uses: ./greet
                        with:
                          who: world
                        env:
                          CALLER: caller-value
                      - run: echo "got ${{ steps.hi.outputs.said }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("hi").outputs()).containsEntry("said", "Hello, world");
        Path actionPath = repo.resolve("greet");
        assertThat(run.logOf(0)).contains("path=" + actionPath + " ctx=" + actionPath
                + " caller=caller-value inner=inner-value", "inner env did not leak");
        assertThat(run.logOf(1)).contains("got Hello, world");
    }

    @Test
    void aFailingStepInsideACompositeSkipsItsLaterStepsAndFailsTheCallingStep() throws IOException {
        file("fails/action.yml", """
                name: fails
                description: fails halfway
                runs:
                  using: composite
                  steps:
                    - shell: bash
                      run: exit 3
                    - shell: bash
                      run: echo never here
                    - if: failure()
                      shell: bash
                      run: echo cleanup inside
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./fails
                      - if: always()
                        run: echo after
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.result().steps().get(0).outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.logOf(0)).contains("cleanup inside").doesNotContain("never here");
        assertThat(run.logOf(1)).contains("after");
    }

    @Test
    void nestedCompositeActionsAndContinueOnErrorInside() throws IOException {
        file("outer/action.yml", """
                name: outer
                description: uses inner
                outputs:
                  v:
                    description: from inner
                    value: ${{ steps.in.outputs.v }}
                runs:
                  using: composite
                  steps:
                    - shell: bash
                      continue-on-error: true
                      run: exit 1
                    - id: in
                      uses: ./inner
                      with:
                        x: ${{ format('{0}{1}', 4, 2) }}
                """);
        file("inner/action.yml", """
                name: inner
                description: echoes
                inputs:
                  x: {description: x}
                outputs:
                  v: {description: v, value: "${{ steps.e.outputs.v }}"}
                runs:
                  using: composite
                  steps:
                    - id: e
                      shell: sh
                      run: echo "v=inner-${{ inputs.x }}" >> "$GITHUB_OUTPUT"
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: o
                        uses: ./outer
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("o").outputs()).containsEntry("v", "inner-42");
    }

    @Test
    void aLocalJavaScriptActionRunsMainAndPostWithInputsStateAndOutputs() throws IOException {
        file("js/action.yml", """
                name: js
                description: a node action
                inputs:
                  Input One: {description: x, default: one}
                runs:
                  using: node20
                  pre: pre.js
                  main: main.js
                  post: post.js
                """);
        file("js/pre.js", """
                const fs = require('fs');
                fs.appendFileSync(process.env.GITHUB_STATE, 'from_pre=p1\\n');
                console.log("pre ran");
                """);
        file("js/main.js", """
                const fs = require('fs');
                console.log('main state=' + process.env.STATE_from_pre + ' input=' + process.env['INPUT_INPUT_ONE']);
                fs.appendFileSync(process.env.GITHUB_OUTPUT, 'answer=42\\n');
                fs.appendFileSync(process.env.GITHUB_STATE, 'from_main=m1\\n');
                """);
        file("js/post.js", """
                console.log('post states=' + process.env.STATE_from_pre + ',' + process.env.STATE_from_main);
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo first
                      - id: js
                        uses: ./js
                        with:
                          input one: given
                      - run: echo "answer ${{ steps.js.outputs.answer }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("main state=undefined input=given", "answer 42", "post states=undefined,m1");
        assertThat(run.log()).as("a local action has no pre phase on GitHub: it is not there at set-up")
                .doesNotContain("pre ran");
        assertThat(run.result().steps()).extracting(s -> s.name()).last().isEqualTo("Post Run ./js");
    }

    @Test
    void anInvalidActionFileFailsTheStepWithLineAndColumn() throws IOException {
        file("bad/action.yml", """
                name: bad
                description: wrong
                runs:
                  using: composite
                  steps:
                    - run: echo no shell
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./bad
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.log()).containsPattern("action\\.yml:6:\\d+: .*shell");
    }

    @Test
    void aMissingLocalActionSaysWhereItLooked() {
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./nowhere
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.log()).contains("can't find 'action.yml' or 'action.yaml' under '" + repo.resolve("nowhere")
                + "'. Did you forget to run actions/checkout");
    }

    @Test
    void unexpectedInputsAreWarnedAboutAndPassedOn() throws IOException {
        file("echo/action.yml", """
                name: echo
                description: echoes
                inputs:
                  known: {description: k}
                runs:
                  using: composite
                  steps:
                    - shell: bash
                      run: echo "extra=${{ inputs.extra }}"
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./echo
                        with:
                          extra: yes-passed
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("Unexpected input(s) 'extra', valid inputs are ['known']", "extra=yes-passed");
    }
}
