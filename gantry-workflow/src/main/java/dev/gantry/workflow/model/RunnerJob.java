package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job that runs steps on a runner.
 *
 * @param timeoutMinutes GitHub's default is 360 when absent
 * @param services       service containers by name, in source order
 */
public record RunnerJob(
        JobCommon common,
        RunsOn runsOn,
        Optional<Environment> environment,
        EnvMap outputs,
        EnvMap env,
        Optional<Defaults> defaults,
        Optional<Template<Double>> timeoutMinutes,
        Optional<Template<Double>> cancelTimeoutMinutes,
        Template<Boolean> continueOnError,
        Optional<Template<Container>> container,
        Map<String, Template<Container>> services,
        List<Step> steps) implements Job {

    public RunnerJob {
        services = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(services));
        steps = List.copyOf(steps);
    }

    @Override public Named id() { return common.id(); }
    @Override public Template<String> name() { return common.name(); }
    @Override public List<Named> needs() { return common.needs(); }
    @Override public Template<Boolean> condition() { return common.condition(); }
    @Override public Optional<Permissions> permissions() { return common.permissions(); }
    @Override public Optional<Concurrency> concurrency() { return common.concurrency(); }
    @Override public Optional<Template<Strategy>> strategy() { return common.strategy(); }
    @Override public Span span() { return common.span(); }
}
