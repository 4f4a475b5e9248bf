package dev.gantry.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strategies with expressions, display names, deferred and invalid instances, and graph errors. */
class RunPlannerTest {

    private static final ContextEvaluator INPUTS = ContextEvaluator.of(Map.of("inputs", new Value.Obj(Map.of(
            "versions", new Value.Str("[17, 21]"),
            "matrix", new Value.Str("{\"os\": [\"linux\", \"mac\"], \"include\": [{\"os\": \"mac\", \"arm\": true}]}"),
            "os", new Value.Str("linux")))));

    @Test
    void displayNamesJoinTheCombinationsValuesUnlessTheNameUsesMatrix() {
        RunPlan plan = plan("""
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        java: [21]
                        os: [linux, mac]
                        include:
                          - os: mac
                            cfg: {arch: arm64, bits: 64}
                    steps: [{run: 'true'}]
                  named:
                    name: Build on ${{ matrix.os }}
                    runs-on: ubuntu-latest
                    strategy: {matrix: {os: [linux]}}
                    steps: [{run: 'true'}]
                  plain:
                    name: Lint
                    runs-on: ubuntu-latest
                    steps: [{run: 'true'}]
                """, ContextEvaluator.empty());
        assertThat(names(plan, "test")).containsExactly("test (21, linux)", "test (21, mac, arm64, 64)");
        assertThat(names(plan, "named")).containsExactly("Build on linux");
        assertThat(names(plan, "plain")).containsExactly("Lint");
        assertThat(instances(plan, "plain").get(0).key().matrixIndex()).isEmpty();
        assertThat(instances(plan, "test").get(1).key().toString()).isEqualTo("test[1]");
    }

    @Test
    void expressionValuedMatricesVectorsAndRowsAreEvaluated() {
        RunPlan plan = plan("""
                on: push
                jobs:
                  whole:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix: ${{ fromJSON(inputs.matrix) }}
                    steps: [{run: 'true'}]
                  vector:
                    runs-on: ubuntu-latest
                    strategy:
                      fail-fast: ${{ inputs.os == 'mac' }}
                      max-parallel: ${{ 1 }}
                      matrix:
                        java: ${{ fromJSON(inputs.versions) }}
                        os: ['${{ inputs.os }}', 'os-${{ inputs.os }}']
                    steps: [{run: 'true'}]
                """, INPUTS);
        assertThat(combinations(plan, "whole")).containsExactly(
                new Value.Obj(Map.of("os", new Value.Str("linux"))),
                new Value.Obj(Map.of("os", new Value.Str("mac"), "arm", Value.TRUE)));
        Instances.Expanded vector = (Instances.Expanded) plan.job("vector").orElseThrow().instances();
        assertThat(vector.strategy().failFast()).isFalse();
        assertThat(vector.strategy().maxParallel()).hasValue(1);
        assertThat(names(plan, "vector")).containsExactly("vector (17, linux)", "vector (17, os-linux)",
                "vector (21, linux)", "vector (21, os-linux)");
    }

    @Test
    void matrixKeysHoldingExpressionsAreEvaluatedAndInsertMergesAMapping() {
        RunPlan plan = plan("""
                on: push
                jobs:
                  keyed:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        ${{ inputs.os }}: [a]
                        cfg:
                          - env:
                              k1: v1
                              ${{ insert }}:
                                k2: v2
                              ${{insert}}: ${{ fromJSON('{"k3":"v3"}') }}
                              key-${{ inputs.os }}: v4
                    steps: [{run: 'true'}]
                """, INPUTS);
        assertThat(combinations(plan, "keyed")).containsExactly(new Value.Obj(Map.of(
                "linux", new Value.Str("a"),
                "cfg", new Value.Obj(Map.of("env", new Value.Obj(Map.of("k1", new Value.Str("v1"),
                        "k2", new Value.Str("v2"), "k3", new Value.Str("v3"), "key-linux", new Value.Str("v4"))))))));
    }

    @Test
    void aSequenceItemExpressionYieldingASequenceIsSplicedIntoTheVector() {
        RunPlan plan = plan("""
                on: push
                jobs:
                  spliced:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        a:
                          - first
                          - ${{ fromJSON('["second", "third"]') }}
                          - ${{ fromJSON('{"k":"v"}') }}
                          - "kept ${{ fromJSON('[1]') }}"
                    steps: [{run: 'true'}]
                """, INPUTS);
        assertThat(combinations(plan, "spliced")).extracting(c -> c.members().get("a")).containsExactly(
                new Value.Str("first"), new Value.Str("second"), new Value.Str("third"),
                new Value.Obj(Map.of("k", new Value.Str("v"))), new Value.Str("kept Array"));
    }

    @Test
    void aStrategyReadingNeedsIsDeferredAndExpandedLater() {
        Workflow workflow = Workflows.read("""
                on: push
                jobs:
                  setup:
                    runs-on: ubuntu-latest
                    outputs: {m: '${{ steps.s.outputs.m }}'}
                    steps: [{id: s, run: 'true'}]
                  test:
                    needs: setup
                    runs-on: ubuntu-latest
                    strategy:
                      matrix: ${{ fromJSON(needs.setup.outputs.m) }}
                    steps: [{run: 'true'}]
                """);
        RunPlanner planner = new RunPlanner(ContextEvaluator.empty());
        RunPlan plan = ((PlanOutcome.Planned) planner.plan(workflow)).plan();
        assertThat(plan.job("test").orElseThrow().instances()).isInstanceOf(Instances.Deferred.class);
        Value.Obj needs = new Value.Obj(Map.of("setup", new Value.Obj(Map.of("result", new Value.Str("success"),
                "outputs", new Value.Obj(Map.of("m", new Value.Str("{\"n\": [1, 2, 3]}")))))));
        Instances later = planner.expand("test", workflow.jobs().get("test"), needs);
        assertThat(((Instances.Expanded) later).instances()).extracting(JobInstance::displayName)
                .containsExactly("test (1)", "test (2)", "test (3)");
        assertThat(plan.levels()).containsExactly(List.of("setup"), List.of("test"));
    }

    @Test
    void aStrategyThatCannotBeEvaluatedMakesTheJobInvalidNotThePlan() {
        RunPlan plan = plan("""
                on: push
                jobs:
                  bad:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        os: ${{ fromJSON('"linux"') }}
                    steps: [{run: 'true'}]
                  badjson:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix: ${{ fromJSON('{') }}
                    steps: [{run: 'true'}]
                """, ContextEvaluator.empty());
        Instances bad = plan.job("bad").orElseThrow().instances();
        assertThat(((Instances.Invalid) bad).error().render("ci.yml"))
                .isEqualTo("ci.yml:7:13: job \"bad\": matrix vector 'os' must be a sequence, got String");
        assertThat(plan.job("badjson").orElseThrow().instances()).isInstanceOf(Instances.Invalid.class);
    }

    @Test
    void unknownNeedsAndCyclesAreErrorsNamingTheJob() {
        Workflow workflow = dev.gantry.workflow.WorkflowReader.read("ci.yml", """
                on: push
                jobs:
                  a: {runs-on: x, needs: [c], steps: [{run: 'true'}]}
                  b: {runs-on: x, needs: [a], steps: [{run: 'true'}]}
                  c: {runs-on: x, needs: [b, ghost], steps: [{run: 'true'}]}
                """).value().orElseThrow();
        PlanOutcome outcome = new RunPlanner(ContextEvaluator.empty()).plan(workflow);
        assertThat(((PlanOutcome.Invalid) outcome).errors()).extracting(e -> e.render("ci.yml")).containsExactly(
                "ci.yml:5:30: job \"c\": needs unknown job \"ghost\"",
                "ci.yml:3:3: job \"a\": needs form a cycle: a -> c -> b -> a");
    }

    private static RunPlan plan(String yaml, ExpressionEvaluator evaluator) {
        PlanOutcome outcome = new RunPlanner(evaluator).plan(Workflows.read(yaml));
        assertThat(outcome).isInstanceOf(PlanOutcome.Planned.class);
        return ((PlanOutcome.Planned) outcome).plan();
    }

    private static List<JobInstance> instances(RunPlan plan, String job) {
        Instances instances = plan.job(job).orElseThrow().instances();
        assertThat(instances).as("%s", instances).isInstanceOf(Instances.Expanded.class);
        return ((Instances.Expanded) instances).instances();
    }

    private static List<String> names(RunPlan plan, String job) {
        return instances(plan, job).stream().map(JobInstance::displayName).toList();
    }

    private static List<Value.Obj> combinations(RunPlan plan, String job) {
        return instances(plan, job).stream().map(JobInstance::matrix).toList();
    }
}
