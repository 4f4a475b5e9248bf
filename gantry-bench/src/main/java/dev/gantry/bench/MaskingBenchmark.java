package dev.gantry.bench;

import dev.gantry.runner.log.SecretMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lines masked per second with 1, 10 and 100 secrets registered (each with its ~15 encoded forms). The
 * Aho-Corasick masker should stay about flat as secrets grow. Beside it: {@code floorScan}, one
 * {@code indexOf} per line (the cost of reading every character once), and {@code naiveIndexOf}, which looks
 * for each secret and its plain base64 with {@code String.indexOf} — what a masker without an automaton does,
 * linear in the number of secrets even with only two forms each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MaskingBenchmark {

    static final int LINES = 1000;

    @Param({"1", "10", "100"})
    int secrets;

    private SecretMasker masker;
    private List<String> lines;
    private List<String> forms;

    @Setup
    public void setUp() {
        List<String> values = StepOutput.secrets(secrets, 42);
        masker = new SecretMasker();
        masker.addAll(values);
        lines = StepOutput.lines(LINES, values, 100, 7);
        forms = new ArrayList<>();
        for (String v : values) {
            forms.add(v);
            forms.add(java.util.Base64.getEncoder().encodeToString(v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int mask() {
        int length = 0;
        for (String line : lines) {
            length += masker.mask(line).length();
        }
        return length;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int floorScan() {
        int found = 0;
        for (String line : lines) {
            found += line.indexOf('\u0000');
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int naiveIndexOf() {
        int found = 0;
        for (String line : lines) {
            for (String form : forms) {
                found += line.indexOf(form);
            }
        }
        return found;
    }
}
