package dev.gantry.bench;

import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.Expr;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.ExpressionParser;
import dev.gantry.workflow.expr.StatusInfo;
import dev.gantry.workflow.expr.Value;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second of a typical job {@code if} on one thread (target: at least 1M/s), beside a baseline
 * that computes the same answer with hand-written Java over the same values — the interpreter's floor.
 * {@code parseAndEvaluate} shows the cost when an expression is not cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@Fork(1)
public class ExpressionBenchmark {

    static final String TYPICAL_IF = "github.event_name == 'push' && !cancelled()";

    private Expr parsed;
    private EvaluationContext context;
    private Map<String, Value> github;

    @Setup
    public void setUp() throws ExpressionException {
        github = Map.of(
                "event_name", new Value.Str("push"),
                "ref", new Value.Str("refs/heads/main"),
                "sha", new Value.Str("0123456789abcdef0123456789abcdef01234567"),
                "repository", new Value.Str("acme/payments"));
        context = EvaluationContext.of(Map.of("github", new Value.Obj(github)))
                .withStatus(StatusInfo.SUCCESS);
        parsed = ExpressionParser.parse(TYPICAL_IF);
        if (!(Evaluator.evaluate(parsed, context) instanceof Value.Bool b) || !b.value()) {
            throw new IllegalStateException("benchmark expression does not evaluate to true");
        }
    }

    @Benchmark
    public Value evaluate() throws ExpressionException {
        return Evaluator.evaluate(parsed, context);
    }

    @Benchmark
    public Value parseAndEvaluate() throws ExpressionException {
        return Evaluator.evaluate(ExpressionParser.parse(TYPICAL_IF), context);
    }

    @Benchmark
    public boolean baselineHandWritten() {
        Value event = context.namedValues().get("github") instanceof Value.Obj o ? o.members().get("event_name") : null;
        return event instanceof Value.Str s && s.value().equalsIgnoreCase("push")
                && context.status().job() != StatusInfo.Outcome.CANCELLED;
    }
}
