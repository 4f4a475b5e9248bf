package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step outputs (GITHUB_OUTPUT, multi-line, the deprecated ::set-output), the steps context and job outputs. */
class OutputsTest {

    @TempDir
    Path root;

    @Test
    void outputsFlowBetweenStepsAndIntoJobOutputs() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    outputs:
                      version: ${{ steps.meta.outputs.version }}
                      notes: ${{ steps.meta.outputs.notes }}
                      legacy: ${{ steps.old.outputs.legacy }}
                      missing: ${{ steps.nope.outputs.x }}
                    steps:
                      - id: meta
                        run: |
                          echo "version=1.2.3" >> "$GITHUB_OUTPUT"
                          {
                            echo "notes<<END"
                            echo "first"
                            echo "second"
                            echo "END"
                          } >> "$GITHUB_OUTPUT"
                      - id: old
                        shell: python
                        run: print("::set-output name=legacy::from-set-output")
                      - run: echo "v=${{ steps.meta.outputs.version }} outcome=${{ steps.meta.outcome }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.step("meta").outputs()).containsEntry("version", "1.2.3")
                .containsEntry("notes", "first\nsecond");
        assertThat(run.step("old").outputs()).containsEntry("legacy", "from-set-output");
        assertThat(run.logOf(2)).contains("v=1.2.3 outcome=success");
        assertThat(run.result().outputs()).isEqualTo(Map.of("version", "1.2.3", "notes", "first\nsecond",
                "legacy", "from-set-output", "missing", ""));
        assertThat(run.recorder().annotations()).anySatisfy(a ->
                assertThat(a.message()).contains("set-output", "deprecated"));
    }

    @Test
    void aMalformedOutputLineFailsTheStepNamingTheFileAndLine() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: bad
                        name: Write outputs
                        run: |
                          echo "good=1" >> "$GITHUB_OUTPUT"
                          echo "this line has no equals sign" >> "$GITHUB_OUTPUT"
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.step("bad").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.log()).contains("step 'Write outputs': GITHUB_OUTPUT line 2");
        assertThat(run.recorder().annotations()).anySatisfy(a ->
                assertThat(a.message()).contains("GITHUB_OUTPUT line 2"));
    }

    @Test
    void aJobOutputHoldingASecretIsLeftOut() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    outputs:
                      token: ${{ steps.s.outputs.token }}
                      masked: ${{ steps.s.outputs.masked }}
                      plain: ${{ steps.s.outputs.plain }}
                    steps:
                      - id: s
                        run: |
                          value="dynamic-value-$((40 + 2))"
                          echo "::add-mask::$value"
                          echo "token=${{ secrets.API_TOKEN }}" >> "$GITHUB_OUTPUT"
                          echo "masked=$value" >> "$GITHUB_OUTPUT"
                          echo "plain=fine" >> "$GITHUB_OUTPUT"
                """, Map.of("API_TOKEN", "s3cr3t-token-value"));
        assertThat(run.result().outputs()).isEqualTo(Map.of("plain", "fine"));
        assertThat(run.log()).contains("Skip output 'token' since it may contain secret.")
                .doesNotContain("s3cr3t-token-value", "dynamic-value-42");
        assertThat(run.step("s").outputs()).containsEntry("token", "***");
    }

    @Test
    void stepSummaryIsKeptMasked() throws Exception {
        var harness = new Harness(root);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "## Result ${{ secrets.KEY }}" >> "$GITHUB_STEP_SUMMARY"
                """, Map.of("KEY", "summary-secret"));
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        try (var files = java.nio.file.Files.walk(harness.options().tempRoot())) {
            Path summary = files.filter(p -> p.toString().endsWith(".summary.md")).findFirst().orElseThrow();
            assertThat(java.nio.file.Files.readString(summary)).contains("## Result ***")
                    .doesNotContain("summary-secret");
        }
    }
}
