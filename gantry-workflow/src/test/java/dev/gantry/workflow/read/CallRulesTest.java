package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Calls of reusable workflows checked against the called workflow, served inline through the port. */
class CallRulesTest {

    private static final String REF = "octo/lib/.github/workflows/deploy.yml@v1";

    private static final String CALLED = """
            on:
              workflow_call:
                inputs:
                  target:
                    type: string
                    required: true
                  dry-run:
                    type: boolean
                  retries:
                    type: number
                outputs:
                  url:
                    value: ${{ jobs.deploy.outputs.url }}
                secrets:
                  token:
                    required: true
                  extra:
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: echo deploy
            """;

    /** A caller whose one job {@code call} calls {@link #REF} with the given job lines after {@code uses}. */
    private static String caller(String jobLines) {
        return "on: push\njobs:\n  call:\n    uses: " + REF + "\n" + jobLines;
    }

    private static Parsed<Workflow> read(String source, Map<String, String> called, UnaryOperator<ReadOptions> tweak) {
        return WorkflowReader.read("ci.yml", source,
                tweak.apply(ReadOptions.DEFAULT.withCalledWorkflows(CalledWorkflows.of(called))));
    }

    private static List<String> diagnostics(String source, Map<String, String> called, UnaryOperator<ReadOptions> tweak) {
        return read(source, called, tweak).diagnostics().stream()
                .map(d -> d.severity() + " " + d.render("ci.yml")).toList();
    }

    private static List<String> diagnostics(String source, Map<String, String> called) {
        return diagnostics(source, called, o -> o);
    }

    private static List<String> diagnostics(String source) {
        return diagnostics(source, Map.of(REF, CALLED));
    }

    @Test
    void aCallThatFitsTheInterfaceHasNoProblems() {
        assertThat(diagnostics(caller("""
                    with:
                      target: prod
                      dry-run: false
                      retries: 3
                    secrets:
                      token: ${{ secrets.TOKEN }}
                """))).isEmpty();
    }

    @Test
    void anUndeclaredInputIsReportedAtItsValue() {
        assertThat(diagnostics(caller("    with:\n      target: prod\n      region: eu\n    secrets: inherit\n")))
                .containsExactly("ERROR ci.yml:7:15: Invalid input, region is not defined in the referenced"
                        + " workflow. [workflow-call]");
    }

    @Test
    void aMissingRequiredInputOrSecretIsReportedAtTheUsesValue() {
        assertThat(diagnostics(caller(""))).containsExactly(
                "ERROR ci.yml:4:11: Input target is required, but not provided while calling. [workflow-call]",
                "ERROR ci.yml:4:11: Secret token is required, but not provided while calling. [workflow-call]",
                "INFO " + REF + ":4:7: required input 'target' is declared here [workflow-call]",
                "INFO " + REF + ":15:7: required secret 'token' is declared here [workflow-call]");
    }

    @Test
    void booleanAndNumberInputsTakeOnlyTheirYamlTypeUnlessAnExpression() {
        assertThat(diagnostics(caller("""
                    with:
                      target: prod
                      dry-run: 'true'
                      retries: three
                    secrets: inherit
                """))).containsExactly(
                "ERROR ci.yml:7:16: Unexpected value 'true' [workflow-call]",
                "ERROR ci.yml:8:16: Unexpected value 'three' [workflow-call]",
                "INFO " + REF + ":7:7: input 'dry-run' is declared here with type boolean [workflow-call]",
                "INFO " + REF + ":9:7: input 'retries' is declared here with type number [workflow-call]");
        assertThat(diagnostics(caller("""
                    with:
                      target: prod
                      dry-run: ${{ github.event_name == 'push' }}
                      retries: ${{ 'three' }}
                    secrets: inherit
                """))).isEmpty();
    }

    @Test
    void aStringInputTakesAnyScalar() {
        for (String value : List.of("null", "true", "456", "''")) {
            assertThat(diagnostics(caller("    with:\n      target: " + value + "\n    secrets: inherit\n")))
                    .as(value).isEmpty();
        }
    }

    @Test
    void namesCompareIgnoringCase() {
        assertThat(diagnostics(caller("    with:\n      TARGET: prod\n    secrets:\n      Token: x\n"))).isEmpty();
    }

    @Test
    void anUndeclaredSecretIsReportedAtItsValueAndInheritIsNotChecked() {
        assertThat(diagnostics(caller("    with:\n      target: prod\n    secrets:\n      token: a\n      other: b\n")))
                .containsExactly("ERROR ci.yml:9:14: Invalid secret, other is not defined in the referenced"
                        + " workflow. [workflow-call]");
        assertThat(diagnostics(caller("    with:\n      target: prod\n    secrets: inherit\n"))).isEmpty();
    }

    @Test
    void aCalledWorkflowWithoutWorkflowCallIsAnError() {
        String called = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n";
        assertThat(diagnostics(caller(""), Map.of(REF, called))).containsExactly(
                "ERROR ci.yml:4:11: workflow_call key is not defined in the referenced workflow. [workflow-call]");
    }

    @Test
    void errorsInsideTheCalledFileNameItsReferenceAndItsPositions() {
        String called = "on: workflow_call\njobs:\n  a:\n    runs-on: x\n    stepz: []\n";
        assertThat(diagnostics(caller(""), Map.of(REF, called))).containsExactly(
                "ERROR " + REF + ":5:5: Unexpected value 'stepz'. Did you mean 'steps'? [syntax-check]");
    }

    @Test
    void aNeedsOutputTheCalledWorkflowDoesNotDeclareWarns() {
        String source = caller("    secrets: inherit\n    with:\n      target: prod\n") + """
                  after:
                    needs: call
                    runs-on: x
                    steps:
                      - run: echo ${{ needs.call.outputs.URL }} ${{ needs.call.outputs.link }}
                """;
        assertThat(diagnostics(source)).containsExactly("WARNING ci.yml:12:53: Job 'call' calls a workflow that"
                + " declares no output 'link', so needs.call.outputs.link is always empty [expression]");
    }

    @Test
    void theModelKeepsTheCalledWorkflowAndItsOwnCalls() {
        String middle = "on: workflow_call\njobs:\n  inner:\n    uses: ./.github/workflows/leaf.yml\n";
        String leaf = "on: workflow_call\njobs:\n  work:\n    runs-on: x\n    steps:\n      - run: echo\n";
        Parsed<Workflow> parsed = read("on: push\njobs:\n  outer:\n    uses: o/r/.github/workflows/middle.yml@v1\n",
                Map.of("o/r/.github/workflows/middle.yml@v1", middle, "./.github/workflows/leaf.yml", leaf), o -> o);

        assertThat(parsed.diagnostics()).isEmpty();
        CallJob outer = (CallJob) parsed.value().orElseThrow().jobs().get("outer");
        CallJob inner = (CallJob) outer.called().orElseThrow().jobs().get("inner");
        assertThat(inner.called().orElseThrow().jobs()).containsOnlyKeys("work");
    }

    @Test
    void withoutAResolverNothingIsFetchedOrChecked() {
        Parsed<Workflow> parsed = WorkflowReader.read("ci.yml", caller("    with:\n      anything: goes\n"));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(((CallJob) parsed.value().orElseThrow().jobs().get("call")).called()).isEmpty();
    }

    @Test
    void aReferenceHoldingAnExpressionIsNotFetched() {
        List<String> asked = new ArrayList<>();
        CalledWorkflows recording = reference -> {
            asked.add(reference);
            return new CalledWorkflows.Fetched.NotServed();
        };
        WorkflowReader.read("ci.yml", "on: push\njobs:\n  call:\n    uses: o/r/.github/workflows/${{ github.ref }}.yml@v1\n",
                ReadOptions.DEFAULT.withCalledWorkflows(recording));

        assertThat(asked).isEmpty();
    }

    @Test
    void aMissingWorkflowIsAnErrorAndAFailingResolverIsReportedNotThrown() {
        CalledWorkflows missing = reference -> new CalledWorkflows.Fetched.Missing("no such file");
        assertThat(WorkflowReader.read("ci.yml", caller(""), ReadOptions.DEFAULT.withCalledWorkflows(missing))
                .diagnostics()).extracting(d -> d.render("ci.yml")).containsExactly("ci.yml:4:11: Failed to fetch"
                + " workflow '" + REF + "': no such file [workflow-call]");

        CalledWorkflows failing = reference -> {
            throw new IllegalStateException("disk on fire");
        };
        assertThat(WorkflowReader.read("ci.yml", caller(""), ReadOptions.DEFAULT.withCalledWorkflows(failing))
                .diagnostics()).extracting(d -> d.render("ci.yml")).containsExactly("ci.yml:4:11: Failed to fetch"
                + " workflow '" + REF + "': the workflow could not be fetched (IllegalStateException) [workflow-call]");
    }

    @Test
    void aJobOfTheCalledWorkflowMayNotRequestMoreThanTheCallJobHas() {
        String called = """
                on: workflow_call
                jobs:
                  deploy:
                    name: Deploy it
                    permissions:
                      contents: write
                      issues: read
                    runs-on: x
                    steps:
                      - run: echo
                """;
        assertThat(diagnostics("on: push\njobs:\n  call:\n    permissions:\n      contents: read\n    uses: " + REF
                + "\n", Map.of(REF, called))).containsExactly("ERROR ci.yml:3:3: Error calling workflow '" + REF
                + "'. The nested job 'Deploy it' is requesting 'contents: write, issues: read', but is only allowed"
                + " 'contents: read, issues: none'. [workflow-call]");
        assertThat(diagnostics("on: push\npermissions: write-all\njobs:\n  call:\n    uses: " + REF + "\n",
                Map.of(REF, called))).isEmpty();
    }

    @Test
    void theCalledWorkflowsPermissionsAreBoundedByTheRestrictedDefault() {
        String called = "on: workflow_call\npermissions:\n  packages: read\n  actions: write\njobs:\n  a:\n"
                + "    runs-on: x\n    steps:\n      - run: echo\n";
        assertThat(diagnostics("on: push\njobs:\n  call:\n    uses: " + REF + "\n", Map.of(REF, called),
                o -> o.withDefaultPermissions(DefaultPermissions.RESTRICTED))).containsExactly("ERROR ci.yml:3:3:"
                + " Error calling workflow '" + REF + "'. The workflow '" + REF + "' is requesting 'actions: write',"
                + " but is only allowed 'actions: none'. [workflow-call]");
        assertThat(diagnostics("on: push\njobs:\n  call:\n    uses: " + REF + "\n", Map.of(REF, called))).isEmpty();
    }

    @Test
    void aNestedCallIsBoundedByWhatItsCallerWasGrantedAndReportedInTheMiddleFile() {
        String middle = "on: workflow_call\npermissions:\n  actions: read\njobs:\n  inner:\n"
                + "    uses: ./.github/workflows/leaf.yml\n";
        String leaf = "on: workflow_call\njobs:\n  work:\n    permissions:\n      actions: write\n"
                + "    runs-on: x\n    steps:\n      - run: echo\n";
        assertThat(diagnostics("on: push\npermissions:\n  actions: write\njobs:\n  outer:\n    uses: " + REF + "\n",
                Map.of(REF, middle, "./.github/workflows/leaf.yml", leaf))).containsExactly("ERROR " + REF
                + ":5:3: Error calling workflow './.github/workflows/leaf.yml'. The nested job 'work' is requesting"
                + " 'actions: write', but is only allowed 'actions: read'. [workflow-call]");
    }

    @Test
    void nestingDeeperThanTheLimitIsAnError() {
        Map<String, String> chain = Map.of(
                "./a.yml", "on: workflow_call\njobs:\n  j:\n    uses: ./b.yml\n",
                "./b.yml", "on: workflow_call\njobs:\n  j:\n    uses: ./c.yml\n",
                "./c.yml", "on: workflow_call\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: echo\n");
        String top = "on: push\njobs:\n  j:\n    uses: ./a.yml\n";
        assertThat(diagnostics(top, chain, o -> o.withCallLimits(CallLimits.DEFAULT.withMaxDepth(2))))
                .containsExactly("ERROR ./b.yml:4:11: Nested reusable workflow depth exceeded 2. [workflow-call]");
        assertThat(diagnostics(top, chain, o -> o.withCallLimits(CallLimits.DEFAULT.withMaxDepth(3)))).isEmpty();
    }

    @Test
    void aCycleOfCallsStopsWithAnError() {
        assertThat(diagnostics("on: push\njobs:\n  j:\n    uses: ./a.yml\n", Map.of(
                "./a.yml", "on: workflow_call\njobs:\n  j:\n    uses: ./b.yml\n",
                "./b.yml", "on: workflow_call\njobs:\n  j:\n    uses: ./a.yml\n"))).containsExactly(
                "ERROR ./b.yml:4:11: Workflow './a.yml' calls itself: ./a.yml -> ./b.yml -> ./a.yml [workflow-call]");
        assertThat(diagnostics("on: workflow_call\njobs:\n  j:\n    uses: ./self.yml\n  k:\n    uses: ./self.yml\n",
                Map.of("./self.yml", "on: workflow_call\njobs:\n  j:\n    uses: ./self.yml\n")))
                .containsExactly("ERROR ./self.yml:4:11: Workflow './self.yml' calls itself: ./self.yml ->"
                        + " ./self.yml [workflow-call]");
    }

    @Test
    void theJobsOfCalledWorkflowsCountTowardsTheJobLimit() {
        String called = "on: workflow_call\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n"
                + "  b:\n    runs-on: x\n    steps:\n      - run: echo\n";
        String top = "on: push\njobs:\n  one:\n    uses: " + REF + "\n  two:\n    uses: " + REF + "\n";
        assertThat(diagnostics(top, Map.of(REF, called), o -> o.withCallLimits(CallLimits.DEFAULT.withMaxJobs(5))))
                .containsExactly("ERROR ci.yml:3:3: The workflow may not contain more than 5 jobs [job-needs]");
        assertThat(diagnostics(top, Map.of(REF, called), o -> o.withCallLimits(CallLimits.DEFAULT.withMaxJobs(6))))
                .isEmpty();
    }

    @Test
    void callingTooManyDistinctWorkflowsIsAnErrorReportedOnce() {
        StringBuilder top = new StringBuilder("on: push\njobs:\n");
        Map<String, String> called = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            top.append("  j").append(i).append(":\n    uses: ./w").append(i).append(".yml\n");
            called.put("./w" + i + ".yml", "on: workflow_call\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n");
        }
        assertThat(diagnostics(top.toString(), called, o -> o.withCallLimits(new CallLimits(256, 9, 2))))
                .containsExactly("ERROR ci.yml:8:11: A workflow may call at most 2 distinct reusable workflows,"
                        + " nested calls included; './w2.yml' is one more. [workflow-call]");
    }

    @Test
    void aWideAndDeepTreeOfCallsStaysWithinTheJobBudget() {
        StringBuilder wide = new StringBuilder("on: workflow_call\njobs:\n");
        for (int i = 0; i < 40; i++) {
            wide.append("  j").append(i).append(":\n    uses: ./w.yml\n");
        }
        List<String> found = diagnostics("on: push\njobs:\n  top:\n    uses: ./w.yml\n",
                Map.of("./w.yml", wide.toString()));
        assertThat(found).contains("ERROR ./w.yml:4:11: Workflow './w.yml' calls itself: ./w.yml -> ./w.yml"
                + " [workflow-call]");
    }

    @Test
    void anExponentialTreeOfCallsIsCutOffByTheJobLimit() {
        Map<String, String> levels = new java.util.HashMap<>();
        for (int level = 0; level < 8; level++) {
            StringBuilder w = new StringBuilder("on: workflow_call\njobs:\n");
            for (int i = 0; i < 30; i++) {
                w.append("  j").append(i).append(":\n    uses: ./l").append(level + 1).append(".yml\n");
            }
            levels.put("./l" + level + ".yml", w.toString());
        }
        levels.put("./l8.yml", "on: workflow_call\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n");

        List<String> found = diagnostics("on: push\njobs:\n  top:\n    uses: ./l0.yml\n", levels);

        assertThat(found).contains("ERROR ci.yml:3:3: The workflow may not contain more than 256 jobs [job-needs]");
    }
}
