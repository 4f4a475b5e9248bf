package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Step;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small workflow per rule: each bad input gives a diagnostic naming its line, column and rule. */
class WorkflowRulesTest {

    private static List<String> errors(String source) {
        return WorkflowReader.read("ci.yml", source).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.render("ci.yml")).toList();
    }

    private static Workflow workflow(String source) {
        Parsed<Workflow> parsed = WorkflowReader.read("ci.yml", source);
        assertThat(parsed.diagnostics()).isEmpty();
        return parsed.value().orElseThrow();
    }

    @Test
    void unknownKeyWithSuggestion() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs_on: x\n    steps:\n      - run: echo\n"))
                .contains("ci.yml:4:5: Unexpected value 'runs_on'. Did you mean 'runs-on'? [syntax-check]",
                        "ci.yml:4:5: Required property is missing: runs-on [syntax-check]");
    }

    @Test
    void wrongTypes() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: soon\n    steps: run\n"))
                .containsExactly("ci.yml:5:22: Unexpected value 'soon' [syntax-check]",
                        "ci.yml:6:12: Unexpected value 'run' [syntax-check]");
    }

    @Test
    void requiredJobs() {
        assertThat(errors("on: push\n")).containsExactly("ci.yml:1:1: Required property is missing: jobs [syntax-check]");
    }

    @Test
    void jobIdsFormatAndUniqueness() {
        assertThat(errors("on: push\njobs:\n  a.b:\n    runs-on: x\n  c:\n    runs-on: x\n  C:\n    runs-on: x\n"))
                .containsExactly("ci.yml:3:3: The identifier 'a.b' is invalid. IDs may only contain alphanumeric"
                        + " characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than"
                        + " 100 characters. [id]", "ci.yml:7:3: 'C' is already defined [syntax-check]");
    }

    @Test
    void stepIdsUniqueIgnoringCase() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - id: s\n        run: a\n"
                + "      - id: S\n        run: b\n")).containsExactly("ci.yml:8:13: The identifier 'S' may not be"
                + " used more than once within the same scope. [id]");
    }

    @Test
    void needsUnknownAndCycles() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n  b:\n    needs: [a, c]\n    runs-on: x\n"
                + "  c:\n    needs: b\n    runs-on: x\n  d:\n    needs: z\n    runs-on: x\n")).containsExactly(
                "ci.yml:6:16: Job 'b' depends on job 'c' which creates a cycle in the dependency graph. [job-needs]",
                "ci.yml:9:12: Job 'c' depends on job 'b' which creates a cycle in the dependency graph. [job-needs]",
                "ci.yml:12:12: Job 'd' depends on unknown job 'z'. [job-needs]");
    }

    @Test
    void stepNeedsRunOrUses() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: nothing\n"))
                .containsExactly("ci.yml:6:9: Required property is missing: uses [syntax-check]");
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n        uses: b/c@v1\n"))
                .containsExactly("ci.yml:7:9: Unexpected value 'uses' [syntax-check]");
    }

    @Test
    void malformedUses() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: checkout@v1\n"))
                .containsExactly("ci.yml:6:15: Expected format {org}/{repo}[/path]@ref. Actual 'checkout@v1' [action]");
    }

    @Test
    void expressionNotAllowedAndContextNotAvailable() {
        assertThat(errors("name: ${{ github.ref }}\non: push\njobs:\n  a:\n    if: steps.x.outputs.y\n    runs-on: x\n"))
                .containsExactly("ci.yml:1:7: A template expression is not allowed in this context [expression]",
                        "ci.yml:5:9: Unrecognized named-value: 'steps'. Located at position 1 within expression:"
                                + " steps.x.outputs.y [expression]");
    }

    @Test
    void expressionErrorColumnInsideTheScalar() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ secretz.x }}\n"))
                .containsExactly("ci.yml:6:23: Unrecognized named-value: 'secretz'. Located at position 1 within"
                        + " expression: secretz.x [expression]");
    }

    @Test
    void emptyMatrixVectorAndRunnerGroup() {
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on:\n      group: x/y\n    strategy:\n      matrix:\n"
                + "        os: []\n")).containsExactly("ci.yml:5:14: Invalid runs-on group name 'x/y'. Please use"
                + " 'organization/' or 'enterprise/' prefix to target a single runner group. [runner-label]",
                "ci.yml:8:13: Matrix vector 'os' does not contain any values [matrix]");
    }

    @Test
    void anchorsAndAliasesAreAcceptedAsGitHubDoesAndYamlErrorsAreDiagnostics() {
        assertThat(errors("on: push\nenv: &shared\n  A: 1\njobs:\n  a: &job\n    runs-on: x\n    env: *shared\n"
                + "    steps:\n      - run: echo $A\n  b: *job\n")).isEmpty();
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: x\n    env: *missing\n    steps:\n      - run: x\n"))
                .anyMatch(e -> e.startsWith("ci.yml:5:10: Unknown alias 'missing'"));
        Parsed<Workflow> unused = WorkflowReader.read("ci.yml", "on: push\njobs:\n  a: &job\n    runs-on: x\n"
                + "    steps:\n      - run: echo\n");
        assertThat(unused.hasErrors()).isFalse();
        assertThat(unused.diagnostics()).extracting(d -> d.render("ci.yml"))
                .containsExactly("ci.yml:3:6: Anchor 'job' is defined but never used [syntax-check]");
        assertThat(errors("on: push\njobs:\n  a:\n    runs-on: [x\n")).hasSize(1)
                .allMatch(e -> e.startsWith("ci.yml:5:") && e.endsWith("[syntax-check]"));
    }

    @Test
    void invalidPermissionAndEvent() {
        assertThat(errors("on: pushh\npermissions:\n  contents: maybe\njobs:\n  a:\n    runs-on: x\n"))
                .containsExactly("ci.yml:1:5: Unexpected value 'pushh' [syntax-check]",
                        "ci.yml:3:13: Unexpected value 'maybe' [syntax-check]");
    }

    @Test
    void buildsTheNormalisedModel() {
        Workflow w = workflow("on:\n  push:\n    branches: [main]\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - uses: actions/checkout@v4\n      - run: make\n      - run: make test\n"
                + "  b:\n    needs: a\n    uses: o/r/.github/workflows/x.yml@v1\n    secrets: inherit\n");
        RunnerJob a = (RunnerJob) w.jobs().get("a");
        assertThat(a.runsOn().labels()).extracting(Template::literalValue).containsExactly(java.util.Optional.of("ubuntu-latest"));
        assertThat(a.condition()).isInstanceOf(Template.Expression.class);
        assertThat(((Template.Expression<Boolean>) a.condition()).source()).isEqualTo("success()");
        assertThat(a.steps()).extracting(s -> s.id().name())
                .containsExactly("__actions_checkout", "__run", "__run_2");
        assertThat(a.steps()).allMatch(Step::generatedId);
        CallJob b = (CallJob) w.jobs().get("b");
        assertThat(b.needs()).extracting(n -> n.name()).containsExactly("a");
        assertThat(b.secretsInherit()).isTrue();
        assertThat(w.on().find("push")).isPresent();
    }
}
