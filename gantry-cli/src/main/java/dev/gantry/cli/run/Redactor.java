package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobResult;
import dev.gantry.engine.exec.StepResult;
import dev.gantry.runner.log.SecretMasker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Masks the run's secrets in everything an executor reports besides log lines (which the executor masks at the
 * source): step names, outputs, annotations, reasons. A second line of defence, so that neither the console nor
 * the JSON report can show a secret an executor let through. Thread-safe.
 */
final class Redactor {

    private final SecretMasker masker = new SecretMasker();

    Redactor(Iterable<String> secrets) {
        masker.addAll(secrets);
    }

    String text(String text) {
        return masker.mask(text);
    }

    Map<String, String> values(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, masker.mask(v)));
        return out;
    }

    Conclusion conclusion(Conclusion conclusion) {
        return switch (conclusion) {
            case Conclusion.Success s -> s;
            case Conclusion.Failure f -> new Conclusion.Failure(text(f.reason()));
            case Conclusion.Cancelled c -> new Conclusion.Cancelled(text(c.reason()));
            case Conclusion.Skipped s -> new Conclusion.Skipped(text(s.why()));
        };
    }

    Annotation annotation(Annotation a) {
        return new Annotation(a.level(), text(a.message()), a.title().map(this::text), a.file().map(this::text),
                a.line(), a.column(), a.endLine(), a.endColumn());
    }

    StepResult step(StepResult s) {
        return new StepResult(s.index(), s.id(), text(s.name()), s.outcome(), s.conclusion(), values(s.outputs()),
                s.started(), s.finished());
    }

    JobResult result(JobResult r) {
        return new JobResult(conclusion(r.conclusion()), values(r.outputs()),
                r.steps().stream().map(this::step).toList(), r.annotations().stream().map(this::annotation).toList(),
                r.started(), r.finished(), r.actions());
    }
}
