package dev.gantry.runner.host;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.log.SecretMasker;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job's {@code outputs}, evaluated when its steps are done, with the {@code steps} context. As on GitHub, an
 * output whose value contains a secret (or a masked value) is left out with a warning, so outputs can be passed to
 * other jobs and shown without leaking; an output that fails to evaluate is left out with a warning naming it.
 */
final class JobOutputs {

    private JobOutputs() {}

    static Map<String, String> evaluate(RunnerJob job, StepExpressions expressions, SecretMasker masker, StepLog log) {
        Map<String, String> out = new LinkedHashMap<>();
        if (job.outputs().whole().isPresent()) {
            switch (expressions.map("outputs", job.outputs())) {
                case Evaluated.Ok<Map<String, String>> ok -> ok.value().forEach((k, v) -> keep(k, v, masker, log, out));
                case Evaluated.Error<Map<String, String>> e -> log.warning("job outputs: " + e.message());
            }
            return out;
        }
        for (Map.Entry<String, Template<String>> entry : job.outputs().entries().entrySet()) {
            switch (expressions.text("outputs." + entry.getKey(), entry.getValue())) {
                case Evaluated.Ok<String> ok -> keep(entry.getKey(), ok.value(), masker, log, out);
                case Evaluated.Error<String> e -> log.warning("job output '" + entry.getKey() + "' is left out: "
                        + e.message() + JobRun.at(e));
            }
        }
        return out;
    }

    private static void keep(String name, String value, SecretMasker masker, StepLog log, Map<String, String> out) {
        if (!masker.mask(value).equals(value)) {
            log.warning("Skip output '" + name + "' since it may contain secret.");
            return;
        }
        out.put(name, value);
    }
}
