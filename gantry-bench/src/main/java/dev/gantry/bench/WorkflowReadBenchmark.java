package dev.gantry.bench;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Parse + validate of a 1,000-line workflow (target: under 10 ms warm), beside the baseline of merely loading
 * the same text with snakeyaml-engine into plain maps — the floor any YAML-based reader stands on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkflowReadBenchmark {

    private String source;

    @Setup
    public void setUp() {
        source = LargeWorkflow.ofLines(1_000);
        Parsed<?> parsed = WorkflowReader.read("large.yml", source);
        if (parsed.hasErrors()) {
            throw new IllegalStateException("benchmark workflow is invalid: " + parsed.diagnostics());
        }
    }

    @Benchmark
    public Parsed<?> readAndValidate() {
        return WorkflowReader.read("large.yml", source);
    }

    @Benchmark
    public Object baselineYamlLoad() {
        return new Load(LoadSettings.builder().build()).loadFromString(source);
    }
}
