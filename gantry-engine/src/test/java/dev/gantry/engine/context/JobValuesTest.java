package dev.gantry.engine.context;

import static dev.gantry.engine.context.Fixtures.eval;
import static dev.gantry.engine.context.Fixtures.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small contexts: job, strategy, needs, vars and secrets. */
class JobValuesTest {

    @Test
    void jobStartsSuccessfulWithEmptyContainerAndServices() {
        Map<String, Value> job = Map.of("job", JobContext.atStart());

        assertThat(eval("job.status", job)).isEqualTo(str("success"));
        assertThat(eval("job.container.id", job)).isEqualTo(str(""));
        assertThat(eval("job.container.network", job)).isEqualTo(str(""));
        assertThat(eval("toJSON(job.services)", job)).isEqualTo(str("{}"));
    }

    @Test
    void strategyOfAMatrixInstance() {
        Map<String, Value> ctx = Map.of("strategy", StrategyContext.of(false, 2, 6, OptionalInt.of(3)));

        assertThat(eval("strategy.fail-fast", ctx)).isEqualTo(Value.FALSE);
        assertThat(eval("strategy.job-index", ctx)).isEqualTo(new Value.Num(2));
        assertThat(eval("strategy.job-total", ctx)).isEqualTo(new Value.Num(6));
        assertThat(eval("strategy['max-parallel']", ctx)).isEqualTo(new Value.Num(3));
    }

    @Test
    void maxParallelDefaultsToTheNumberOfJobsAndASingleJobIsOneOfOne() {
        assertThat(StrategyContext.of(true, 0, 4, OptionalInt.empty()).members())
                .containsEntry("max-parallel", new Value.Num(4));
        assertThat(StrategyContext.single().members()).containsExactly(
                Map.entry("fail-fast", Value.TRUE), Map.entry("job-index", new Value.Num(0)),
                Map.entry("job-total", new Value.Num(1)), Map.entry("max-parallel", new Value.Num(1)));
        assertThatThrownBy(() -> StrategyContext.of(true, 4, 4, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job index 4 out of 4");
    }

    @Test
    void needsGivesResultAndOutputsPerJob() {
        Map<String, NeededJob> needs = new LinkedHashMap<>();
        needs.put("build", new NeededJob(Conclusion.SUCCESS, Map.of("image", "app:abc123")));
        needs.put("lint", new NeededJob(new Conclusion.Failure("exit 1"), Map.of()));
        needs.put("docs", new NeededJob(new Conclusion.Skipped("if was false"), Map.of()));
        Map<String, Value> ctx = Map.of("needs", NeededJob.context(needs));

        assertThat(eval("needs.build.result", ctx)).isEqualTo(str("success"));
        assertThat(eval("needs.build.outputs.image", ctx)).isEqualTo(str("app:abc123"));
        assertThat(eval("needs.lint.result", ctx)).isEqualTo(str("failure"));
        assertThat(eval("needs.docs.result", ctx)).isEqualTo(str("skipped"));
        assertThat(eval("needs.build.outputs.missing", ctx)).isEqualTo(Value.NULL);
        assertThat(eval("toJSON(needs.*.result)", ctx)).isEqualTo(str("[\n  \"success\",\n  \"failure\",\n  \"skipped\"\n]"));
    }

    @Test
    void secretsAlwaysHaveAGithubTokenAndVarsAreStrings() {
        assertThat(StoredValues.secrets(Map.of("DEPLOY_KEY", "k")).members())
                .containsEntry("DEPLOY_KEY", str("k")).containsEntry("GITHUB_TOKEN", str(""));
        assertThat(StoredValues.secrets(Map.of("GITHUB_TOKEN", "ghs_x")).members())
                .containsEntry("GITHUB_TOKEN", str("ghs_x"));
        assertThat(StoredValues.token(Map.of("GITHUB_TOKEN", "ghs_x"))).isEqualTo("ghs_x");
        assertThat(StoredValues.vars(Map.of("REGION", "eu-west-1")).members()).containsEntry("REGION", str("eu-west-1"));
    }
}
