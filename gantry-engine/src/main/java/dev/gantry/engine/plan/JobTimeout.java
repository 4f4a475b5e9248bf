package dev.gantry.engine.plan;

import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Template;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** A job's {@code timeout-minutes}, evaluated with the contexts the job starts with; GitHub's 360 when absent. */
public final class JobTimeout {

    /** GitHub's job timeout when none is written. */
    public static final double DEFAULT_MINUTES = 360;

    private JobTimeout() {}

    /** The timeout, or an error at the field when it is not a positive number of minutes. */
    public static Evaluated<Duration> of(RunnerJob job, Map<String, Value> contexts) {
        if (job.timeoutMinutes().isEmpty()) {
            return Evaluated.ok(minutes(DEFAULT_MINUTES));
        }
        Template<Double> template = job.timeoutMinutes().get();
        return new TemplateResolver(ContextEvaluator.of(contexts)).value(template, Map.of())
                .then(value -> switch (value) {
                    case Value.Num n when n.value() > 0 && Double.isFinite(n.value()) -> Evaluated.ok(minutes(n.value()));
                    case Value.Str s when s.value().strip().matches("\\d+(\\.\\d+)?")
                            && Double.parseDouble(s.value().strip()) > 0 ->
                            Evaluated.ok(minutes(Double.parseDouble(s.value().strip())));
                    default -> Evaluated.error("expected a positive number of minutes, got " + describe(value),
                            template.span());
                });
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    private static String describe(Value value) {
        return switch (value) {
            case Value.Str s -> "'" + s.value() + "'";
            case Value.Num n -> Double.toString(n.value());
            default -> value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        };
    }
}
